# A Debian package: `cmake --build build --target package`.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME assetdesk)
set(CPACK_PACKAGE_VENDOR "AssetDesk developers")
set(CPACK_PACKAGE_CONTACT "AssetDesk developers <developers@assetdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Media asset manager with Tencent Cloud Infinite style processing")
set(CPACK_PACKAGE_INSTALL_DIRECTORY /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
# Shared libraries are found by dpkg-shlibdeps; plugins and tools loaded at run time are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6, qt6-image-formats-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, python3-uno, libreoffice-writer-nogui, libreoffice-calc-nogui, libreoffice-impress-nogui, fonts-noto-cjk, fonts-dejavu-core, gstreamer1.0-plugins-good, gstreamer1.0-libav, libsecret-1-0, gnome-keyring")
include(CPack)
