# The Windows installer of the desktop client (CPack NSIS). NOT built on our
# Linux machines: on a Windows machine with Qt 6.4 (MSVC), NSIS 3 and CMake,
#   cmake --preset release -DPAKN_BUILD_TESTS=OFF
#   cmake --build build/release --target pakn-desk pakn
#   cmake --install build/release --component desk --prefix build/stage
#   windeployqt --release --no-translations --compiler-runtime build/stage/bin/pakn-desk.exe
#   windeployqt --release --no-translations build/stage/bin/pakn.exe
#   (plus OpenSSL 3's libssl-3-x64.dll and libcrypto-3-x64.dll next to them, for
#    Qt's TLS backend, and qtkeychain's and simdjson's DLLs)
#   cd build/release && cpack -G NSIS
# windeployqt copies the Qt DLLs and the plugins the client loads (platforms/qwindows,
# sqldrivers/qsqlite, imageformats, styles, tls) next to the executables; the CPack
# install step below then packs the whole folder. docs/INSTALL.md says the same.
set(CPACK_NSIS_PACKAGE_NAME "PAKN Desk")
set(CPACK_NSIS_DISPLAY_NAME "PAKN Desk ${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PAKN Desk")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\pakn-desk.exe")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/pakn-desk.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/pakn-desk.ico")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_PACKAGE_EXECUTABLES "pakn-desk" "PAKN Desk")
set(CPACK_CREATE_DESKTOP_LINKS "pakn-desk")
set(CPACK_NSIS_URL_INFO_ABOUT "https://pakn.localhost/")
if(WIN32)
  # Only the client goes on office PCs; the server is a Debian package.
  set(CPACK_COMPONENTS_ALL desk)
  # The folder windeployqt filled (see above) goes into the installer as it is.
  install(DIRECTORY ${PROJECT_BINARY_DIR}/../stage/bin/ DESTINATION bin COMPONENT desk
          OPTIONAL)
endif()
