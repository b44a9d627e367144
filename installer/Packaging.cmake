# Debian packages (CPack DEB, one per component) and the Windows installer's
# settings (NSIS, not built on our Linux machines: installer/windows/).
#   cmake --preset release && cmake --build build/release -j2
#   cd build/release && cpack -G DEB   → pakn-desk_<version>_<arch>.deb, pakn-server_…deb
# The version is project(VERSION) in the top CMakeLists, like every --version.
include(GNUInstallDirs)
set(pakn_installer_dir ${CMAKE_CURRENT_LIST_DIR})

# --- pakn-server: the server, its unit, configuration and examples ---------
install(FILES ${pakn_installer_dir}/server/pakn-server.service
        DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${pakn_installer_dir}/server/server.conf DESTINATION /etc/pakn COMPONENT server)
install(FILES ${PROJECT_SOURCE_DIR}/installer/nginx/pakn.conf
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/pakn-server/examples/nginx COMPONENT server)
install(PROGRAMS ${PROJECT_SOURCE_DIR}/installer/nginx/render-config.sh
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/pakn-server/examples/nginx COMPONENT server)
install(FILES ${PROJECT_SOURCE_DIR}/docs/INSTALL.md ${pakn_installer_dir}/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/pakn-server COMPONENT server)

# --- pakn-desk: the client, the CLI, the icon, menu entry and AppStream data --
if(PAKN_BUILD_GUI)
  install(TARGETS pakn-desk pakn RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desk)
  install(FILES ${pakn_installer_dir}/desk/vn.pakn.Desk.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desk)
  string(TIMESTAMP PAKN_RELEASE_DATE "%Y-%m-%d" UTC)
  configure_file(${pakn_installer_dir}/desk/vn.pakn.Desk.metainfo.xml.in
                 ${CMAKE_CURRENT_BINARY_DIR}/vn.pakn.Desk.metainfo.xml @ONLY)
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/vn.pakn.Desk.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT desk)
  install(FILES ${pakn_installer_dir}/desk/vn.pakn.Desk.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT desk)
  install(FILES ${pakn_installer_dir}/copyright
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/pakn-desk COMPONENT desk)
  # The PNG sizes desktop environments look for, drawn from the SVG at build time.
  find_program(RSVG_CONVERT rsvg-convert)
  if(RSVG_CONVERT)
    set(icons "")
    foreach(size 16 22 24 32 48 64 128 256)
      set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}/vn.pakn.Desk.png)
      add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}
        COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${pakn_installer_dir}/desk/vn.pakn.Desk.svg
        DEPENDS ${pakn_installer_dir}/desk/vn.pakn.Desk.svg VERBATIM)
      install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
              COMPONENT desk)
      list(APPEND icons ${png})
    endforeach()
    add_custom_target(pakn_icons ALL DEPENDS ${icons})
  else()
    message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): pakn-desk gets the SVG icon only")
  endif()
endif()

# Debian's changelog for both packages, compressed reproducibly (gzip -n).
string(TIMESTAMP pakn_changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(${pakn_installer_dir}/changelog.in ${CMAKE_CURRENT_BINARY_DIR}/changelog @ONLY)
add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
  COMMAND gzip -9nc ${CMAKE_CURRENT_BINARY_DIR}/changelog > ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
  DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog)
add_custom_target(pakn_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/pakn-server COMPONENT server)
if(PAKN_BUILD_GUI)
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/pakn-desk COMPONENT desk)
endif()

# --- CPack ------------------------------------------------------------------
set(CPACK_PACKAGE_NAME pakn)
set(CPACK_PACKAGE_VENDOR "PAKN Desk")
set(CPACK_PACKAGE_CONTACT "PAKN Desk maintainers <pakn-desk@example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's summary is the first line of its own description below.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL server)
if(PAKN_BUILD_GUI)
  list(APPEND CPACK_COMPONENTS_ALL desk)
endif()

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_DESK_PACKAGE_NAME pakn-desk)
set(CPACK_DEBIAN_DESK_PACKAGE_SECTION misc)
# Loaded as plugins, so dpkg-shlibdeps cannot see them: the cache's SQLite
# driver and the X11/Wayland platform plugins.
set(CPACK_DEBIAN_DESK_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# libsecret is loaded by qtkeychain at run time: the session token in the system keychain
# (without it, the token is not remembered between runs).
set(CPACK_DEBIAN_DESK_PACKAGE_RECOMMENDS
    "fonts-noto-core, qt6-image-formats-plugins, libsecret-1-0")
string(CONCAT CPACK_DEBIAN_DESK_DESCRIPTION
    "PAKN Desk: staff workbench for citizens' feedback\n"
    "The desktop client of a city's feedback office: the queues of cases,\n"
    "their history and attachments, routing, replies for approval and\n"
    "reports; it works offline and syncs with pakn-server. pakn is the same\n"
    "client on the command line.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME pakn-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser, openssl")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql, nginx")
string(CONCAT CPACK_DEBIAN_SERVER_DESCRIPTION
    "PAKN Desk central server (HTTPS API, systemd service)\n"
    "The server the PAKN Desk clients sync with, as the pakn-server service:\n"
    "data in /var/lib/pakn (SQLite, or PostgreSQL for several instances),\n"
    "settings in /etc/pakn/server.conf, an administrator account made on\n"
    "first install.")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${pakn_installer_dir}/server/conffiles ${pakn_installer_dir}/server/postinst
    ${pakn_installer_dir}/server/prerm ${pakn_installer_dir}/server/postrm)

include(${pakn_installer_dir}/windows/NSIS.cmake)
include(CPack)
