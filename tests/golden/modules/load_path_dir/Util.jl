# a module file directly in a LOAD_PATH directory
module Util
help() = "util"
end
