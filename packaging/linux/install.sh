#!/bin/sh
# Install OrgExplorer's desktop integration for the current user (or system-wide with PREFIX=/usr/local
# and root): the menu entry, the icon, AppStream metadata, and the .orgx.yaml file type.
# Run after 'pip install .' so that the 'orgexplorer' command is on PATH.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-${XDG_DATA_HOME:-$HOME/.local/share}}
case "$prefix" in */share) share=$prefix ;; *) share=$prefix/share ;; esac
id=io.github.orgexplorer.OrgExplorer
install -Dm644 "$here/$id.desktop" "$share/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
install -Dm644 "$here/$id.mime.xml" "$share/mime/packages/$id.xml"
install -Dm644 "$here/../../resources/icons/app.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
echo "installed into $share"
