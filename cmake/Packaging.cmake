# Installation and packages: a .deb on Debian and Ubuntu, an NSIS installer on Windows.
include(GNUInstallDirs)

install(TARGETS hearthctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET hearth)
    install(TARGETS hearth RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/installer/hearth.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
endif()

set(CPACK_PACKAGE_NAME "hearth")
set(CPACK_PACKAGE_VENDOR "Hearth")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Order management for custom-furniture makers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Hearth <hearth@localhost>")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# SHLIBDEPS finds the linked libraries; these are loaded at run time or are data.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, fonts-noto-cjk, fonts-wqy-microhei")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME "Hearth")
    set(CPACK_PACKAGE_EXECUTABLES "hearth" "Hearth")
else()
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
