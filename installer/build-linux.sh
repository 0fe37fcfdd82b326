#!/usr/bin/env bash
# Builds Vigia's Linux installers with the JDK's jpackage:
#   target/installer/Vigia/            app image (runs without an installed Java)
#   target/installer/vigia_*.deb       Debian/Ubuntu package (depends on libgtk-3-0)
# Usage: installer/build-linux.sh [app-image|deb|all]   (default: all)
# Needs: JDK 17+ with jpackage; for the .deb also dpkg-deb and fakeroot.
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-all}"
case "$what" in app-image|deb|all) ;; *) echo "usage: $0 [app-image|deb|all]" >&2; exit 2 ;; esac

JPACKAGE="${JAVA_HOME:+$JAVA_HOME/bin/}jpackage"
command -v "$JPACKAGE" >/dev/null || { echo "jpackage not found: install a JDK 17+ and set JAVA_HOME" >&2; exit 1; }

# the project version without -SNAPSHOT (and without the colour codes some Maven versions add)
VERSION=$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null \
  | sed -e 's/\x1b\[[0-9;]*m//g' -e 's/-SNAPSHOT//')
mvn -B -q -DskipTests package

input=target/jpackage-input
dest=target/installer
rm -rf "$input" "$dest"
mkdir -p "$input" "$dest"
cp target/vigia.jar "$input/"
cp target/lib/*.jar "$input/"

common=(--name Vigia --app-version "$VERSION" --vendor "Vigia project"
        --description "Offline case management for counter-trafficking field operations"
        --input "$input" --main-jar vigia.jar --main-class org.vigia.Launcher
        --icon installer/vigia.png --java-options "-Xmx512m" --dest "$dest")

if [ "$what" = app-image ] || [ "$what" = all ]; then
  "$JPACKAGE" --type app-image "${common[@]}"
  echo "app image: $dest/Vigia (run $dest/Vigia/bin/Vigia)"
fi
if [ "$what" = deb ] || [ "$what" = all ]; then
  "$JPACKAGE" --type deb "${common[@]}" --linux-package-name vigia --linux-package-deps libgtk-3-0 \
      --linux-shortcut --linux-menu-group Office --license-file LICENSE
  echo "package: $(ls "$dest"/*.deb)"
fi
