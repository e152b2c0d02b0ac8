#!/bin/sh
# Install MGI Desktop for the current user, without root: run it from the unpacked archive.
#
#     tar xzf mgi-desktop-<version>-linux-x86_64.tar.gz
#     mgi-desktop-<version>/install.sh            # or: install.sh --uninstall
#
# Program files go to ~/.local/lib/mgi-desktop (replaced on upgrade), the command to
# ~/.local/bin/mgi-desktop, the menu entry, icons and the .mgi file type under
# ~/.local/share.  User data (~/.local/share/MGI Desktop, ~/.config/MGI Desktop, backups
# and logs) is a different folder: upgrading or uninstalling never touches it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/lib/mgi-desktop
bin=$HOME/.local/bin

uninstall() {
    rm -f "$bin/mgi-desktop" "$data_home/applications/mgi-desktop.desktop" \
        "$data_home/metainfo/org.iom.mgi-desktop.metainfo.xml" "$data_home/mime/packages/mgi-desktop.xml"
    for icon in "$data_home"/icons/hicolor/*/apps/mgi-desktop.png "$data_home/icons/hicolor/scalable/apps/mgi-desktop.svg"; do
        rm -f "$icon"
    done
    rm -rf "$target"
    refresh
}

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data_home/mime" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    echo "MGI Desktop removed. Your assessments are kept in $data_home/MGI Desktop."
    exit 0
fi

if [ ! -x "$here/mgi-desktop" ] || [ ! -d "$here/_internal" ]; then
    echo "install.sh: run it from the unpacked MGI Desktop folder (mgi-desktop and _internal/ next to it)" >&2
    exit 1
fi

if [ "$here" != "$target" ]; then
    mkdir -p "$(dirname "$target")"
    rm -rf "$target.new"
    cp -a "$here" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
fi

mkdir -p "$bin" "$data_home/applications" "$data_home/metainfo" "$data_home/mime/packages" \
    "$data_home/icons/hicolor/scalable/apps"
ln -sf "$target/mgi-desktop" "$bin/mgi-desktop"

icons=$target/_internal/resources/icons
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
    cp "$icons/mgi-desktop-$size.png" "$data_home/icons/hicolor/${size}x${size}/apps/mgi-desktop.png"
done
cp "$icons/mgi-desktop.svg" "$data_home/icons/hicolor/scalable/apps/mgi-desktop.svg"

# The menu entry runs the installed program by its full path (~/.local/bin may not be on PATH).
sed -e "s|^Exec=mgi-desktop|Exec=\"$target/mgi-desktop\"|" -e "s|^TryExec=mgi-desktop|TryExec=$target/mgi-desktop|" \
    "$target/linux/mgi-desktop.desktop" > "$data_home/applications/mgi-desktop.desktop"
cp "$target/linux/org.iom.mgi-desktop.metainfo.xml" "$data_home/metainfo/"
cp "$target/linux/mgi-desktop-mime.xml" "$data_home/mime/packages/mgi-desktop.xml"
refresh

echo "MGI Desktop installed in $target."
echo "Start it from the applications menu, or run: $bin/mgi-desktop"
echo "Check the installation with: $bin/mgi-desktop --self-test"
