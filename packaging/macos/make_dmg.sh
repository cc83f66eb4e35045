#!/bin/sh
# Pack dist/CoopBuilder.app (from `make dist` / scripts/build_dist.py on a Mac) into
# dist/CoopBuilder-VERSION-macos-ARCH.dmg: the app and a link to /Applications to drag it onto.
#
#     packaging/macos/make_dmg.sh
#
# Signing and notarisation (packaging/README.md): with CODESIGN_IDENTITY set (a "Developer ID
# Application: ..." certificate in the keychain) the app is signed with the hardened runtime
# before packing and the .dmg after; with NOTARY_PROFILE set (a profile stored with
# `xcrun notarytool store-credentials`) the .dmg is sent to Apple's notary service and the
# ticket stapled to it. Without them the .dmg is unsigned (macOS then asks the person to
# confirm the first start: right click > Open).
set -eu
cd "$(dirname "$0")/../.."

app=dist/CoopBuilder.app
[ -d "$app" ] || { echo "make_dmg.sh: $app is missing; build it first (make dist)." >&2; exit 2; }
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
dmg="dist/CoopBuilder-$version-macos-$(uname -m).dmg"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --timestamp --options runtime \
    --entitlements packaging/macos/entitlements.plist \
    --sign "$CODESIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "CoopBuilder $version" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$dmg"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose "$dmg"
fi
echo "Wrote $dmg"
