# Runs PROGRAM with ARGS (a ;-list) and writes its standard output to OUT; fails the build
# with the program's error output when it fails. For files made by the built binaries (the
# grindstone-cli manual page and bash completion).
execute_process(COMMAND ${PROGRAM} ${ARGS} OUTPUT_FILE ${OUT} ERROR_VARIABLE errors
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE ${OUT})
  message(FATAL_ERROR "${PROGRAM} ${ARGS} failed (${status}): ${errors}")
endif()
