# Thin helpers so that adding a module or a test is one line.

function(hearth_set_options target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(HEARTH_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# hearth_add_module(NAME SOURCES ... DEPENDS ...)
function(hearth_add_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
    qt_add_library(hearth_${name} STATIC ${ARG_SOURCES})
    target_include_directories(hearth_${name} PUBLIC ${PROJECT_SOURCE_DIR}/modules)
    target_link_libraries(hearth_${name} PUBLIC ${ARG_DEPENDS})
    hearth_set_options(hearth_${name})
endfunction()

# hearth_add_test(tst_name.cpp DEPENDS libs...): one Qt Test executable registered with CTest.
function(hearth_add_test source)
    cmake_parse_arguments(ARG "" "" "DEPENDS" ${ARGN})
    get_filename_component(name ${source} NAME_WE)
    qt_add_executable(${name} ${source})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_DEPENDS})
    # Tests may write plain string literals for QString data rows.
    target_compile_options(${name} PRIVATE -Wall -Wextra)
    target_compile_definitions(${name} PRIVATE
        HEARTH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        HEARTH_SHARED_DATA_DIR="${PROJECT_SOURCE_DIR}/../shared/data")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        TIMEOUT 900)
endfunction()
