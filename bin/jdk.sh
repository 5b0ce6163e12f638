# Shared by bin/jl and bin/test: locate a JDK >= 21 and Maven.

jdk_version() {
    # The JDK's release file names its version without starting a JVM (~50 ms each); read with
    # bash alone, as bin/jl runs this for every JDK on the machine before each start.
    local line
    if [ -f "$1/release" ]; then
        while IFS= read -r line; do
            if [[ $line =~ ^JAVA_VERSION=\"1\.([0-9]+) ]] || [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
                echo "${BASH_REMATCH[1]}"
                return 0
            fi
        done < "$1/release"
    fi
    "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

find_jdk() {
    local candidates=()
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
    for d in /usr/lib/jvm/*; do candidates+=("$d"); done
    local best="" best_version=0
    for d in "${candidates[@]}"; do
        [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] || continue
        local v
        v=$(jdk_version "$d")
        [[ "$v" =~ ^[0-9]+$ ]] || continue
        # JAVA_HOME wins when it is new enough; otherwise the newest JDK under /usr/lib/jvm.
        if [ "$d" = "${JAVA_HOME:-}" ] && [ "$v" -ge 21 ]; then echo "$d"; return 0; fi
        if [ "$v" -ge 21 ] && [ "$v" -gt "$best_version" ]; then best=$d; best_version=$v; fi
    done
    if [ -z "$best" ]; then
        echo "jl: no JDK 21 or newer found (JAVA_HOME or /usr/lib/jvm/*). Install one, e.g. Temurin 25: apt-get install temurin-25-jdk" >&2
        return 1
    fi
    echo "$best"
}

run_maven() {
    if command -v mvn >/dev/null 2>&1; then
        mvn "$@"
    else
        "$here/mvnw" "$@"
    fi
}
