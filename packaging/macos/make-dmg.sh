#!/usr/bin/env bash
# Wrap dist/Skillmix.app (from python packaging/build.py on macOS) in a disk image:
#   packaging/macos/make-dmg.sh VERSION      -> dist/Skillmix-VERSION.dmg
# The .dmg holds Skillmix.app and a link to /Applications: the user drags one onto the other
# (or runs it from ~/Applications; no admin rights are needed for either).
#
# Signing (optional, see packaging/README.md): with MACOS_SIGN_IDENTITY set (a "Developer ID
# Application: ..." identity in the keychain), the .app is signed with the hardened runtime
# and the .dmg signed too; with NOTARY_PROFILE also set (a `xcrun notarytool store-credentials`
# profile), the .dmg is notarised and the ticket stapled, so Gatekeeper opens it offline.
# Without them the .app is signed ad hoc (runs on the build Mac; others must right-click > Open).
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION="${1:?usage: make-dmg.sh VERSION}"
APP="dist/Skillmix.app"
DMG="dist/Skillmix-$VERSION.dmg"
[ -d "$APP" ] || { echo "no $APP: run python packaging/build.py first" >&2; exit 2; }

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp \
    --entitlements packaging/macos/entitlements.plist --sign "$MACOS_SIGN_IDENTITY" "$APP"
else
  codesign --force --deep --sign - "$APP"
fi
codesign --verify --deep --strict "$APP"

STAGE="$(mktemp -d)"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
cp dist/Skillmix/THIRD-PARTY-LICENSES.txt dist/Skillmix/LICENSE-NOTICE.txt "$STAGE/" 2>/dev/null || true
rm -f "$DMG"
hdiutil create -volname "Skillmix $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
rm -rf "$STAGE"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
  fi
fi
hdiutil verify "$DMG"
echo "Built $DMG"
