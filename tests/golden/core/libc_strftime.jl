# Libc: time, strftime (C's conversions, "C" locale, local time), getpid, gethostname
t = 1_000_039_600   # 2001-09-09 12:46:40 UTC: the same local date from UTC-12 to UTC+11
println(Libc.strftime("%Y-%m-%d %a %A %b %B %j %y %C %u %w %% %e|%D|%F", t))
println(occursin(r"^\d\d:\d\d:\d\d$", Libc.strftime("%T", t)), " ", occursin(r"^\d\d:\d\d (AM|PM)$", Libc.strftime("%I:%M %p", t)), " ", occursin(r"^[+-]\d{4}$", Libc.strftime("%z", t)))
println(occursin(r"^Sun Sep  9 \d\d:\d\d:\d\d 2001$", Libc.strftime(t)), " ", Libc.strftime("%s", t), " ", Libc.strftime("%Q literal", t))
println(Libc.time() > 1.6e9, " ", Libc.getpid() == getpid(), " ", Libc.gethostname() == gethostname())
