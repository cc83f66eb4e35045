#!/bin/sh
# Install CoopBuilder for the current user, without administrator rights: the program folder to
# ~/.local/opt/CoopBuilder, the command `coopbuilder` to ~/.local/bin, the menu entry, the icon
# and the file type (.coopagreement opens with CoopBuilder). Run it from the unpacked folder:
#
#     ./install.sh              # install (again, over an older version)
#     ./install.sh --uninstall  # remove the program (the workspace and settings stay)
#
# PREFIX (default ~/.local) and XDG_DATA_HOME (default $PREFIX/share) choose other places.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
data=${XDG_DATA_HOME:-$prefix/share}
target=$prefix/opt/CoopBuilder
id=org.coopbuilder.CoopBuilder

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target"
  rm -f "$prefix/bin/coopbuilder" "$data/applications/$id.desktop" "$data/mime/packages/$id.xml"
  rm -f "$data"/icons/hicolor/*/apps/$id.png
  refresh
  echo "CoopBuilder was removed. Your workspace and settings stay in ${XDG_DATA_HOME:-$HOME/.local/share}/CoopBuilder."
  exit 0
fi

if [ ! -x "$here/CoopBuilder" ]; then
  echo "install.sh: run it from the unpacked CoopBuilder folder (CoopBuilder is missing in $here)." >&2
  exit 2
fi

# The new folder goes in beside the old one, then takes its place: never half an installation.
mkdir -p "$prefix/opt" "$prefix/bin" "$data/applications" "$data/mime/packages"
if [ "$here" != "$target" ]; then
  rm -rf "$target.new"
  cp -R "$here" "$target.new"
  rm -rf "$target"
  mv "$target.new" "$target"
fi
ln -sf "$target/coopbuilder" "$prefix/bin/coopbuilder"

sed "s|^Exec=.*|Exec=\"$target/CoopBuilder\" %f|" "$here/share/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/share/$id.xml" "$data/mime/packages/$id.xml"
for png in "$here"/_internal/coopbuilder/resources/icons/coopbuilder-*.png; do
  size=$(basename "$png" .png | sed 's/coopbuilder-//')
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
refresh
echo "CoopBuilder is installed: in the applications menu, and as 'coopbuilder' in a terminal"
echo "(if ~/.local/bin is on your PATH). Remove it with: $target/install.sh --uninstall"
