# Sourced by ./demo and ./sportello: sets JAVA to a JDK 25+ java, like ./mvnw finds one.
sportello_java_ok() {
  [ -n "${1-}" ] && [ -x "$1/bin/java" ] || return 1
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [ -n "$v" ] && [ "${v%%.*}" -ge 25 ] 2>/dev/null
}
if ! sportello_java_ok "${JAVA_HOME-}"; then
  for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*26* /usr/lib/jvm/*27*; do
    if sportello_java_ok "$candidate"; then JAVA_HOME="$candidate"; break; fi
  done
fi
if ! sportello_java_ok "${JAVA_HOME-}"; then
  echo "Sportello needs a JDK 25 or newer: install one (e.g. Temurin 25) or set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
