"""
    Logging

Choosing where log messages go and which are kept: `global_logger`, `with_logger`,
`ConsoleLogger(stream, level)`, `NullLogger()`, `disable_logging`, the levels `Debug`, `Info`,
`Warn`, `Error` and `@logmsg`. (`@debug`, `@info`, `@warn` and `@error` are in Base.)
"""
module Logging
import Base: LogLevel, BelowMinLevel, Debug, Info, Warn, Error, AboveMaxLevel, ConsoleLogger, NullLogger, SimpleLogger,
             global_logger, with_logger, disable_logging, min_enabled_level, handle_message
import Base: @logmsg, @debug, @info, @warn, @error
export LogLevel, BelowMinLevel, Debug, Info, Warn, Error, AboveMaxLevel, ConsoleLogger, NullLogger, SimpleLogger,
       global_logger, with_logger, disable_logging, @logmsg, @debug, @info, @warn, @error
end
