# Draws the tests' glyph benchmark with grindstone-cli make-glyphs, only when needed.
# cmake -DCLI=path/to/grindstone-cli -DOUT=dir -P MakeTestGlyphs.cmake
# Draws again when the data is missing, the CLI is newer than it, or the fonts make-glyphs
# would use differ from those it used last time (installed or removed font packages).
execute_process(COMMAND "${CLI}" make-glyphs "${OUT}" --list-fonts
                OUTPUT_VARIABLE fonts RESULT_VARIABLE listed)
if(NOT listed EQUAL 0)
  message(FATAL_ERROR "grindstone-cli make-glyphs --list-fonts failed (${listed})")
endif()
set(list_file "${OUT}.fonts.txt")
set(images "${OUT}/train-images-idx3-ubyte.gz")
set(stale FALSE)
if(NOT EXISTS "${images}" OR NOT EXISTS "${list_file}" OR "${CLI}" IS_NEWER_THAN "${images}")
  set(stale TRUE)
else()
  file(READ "${list_file}" previous)
  if(NOT previous STREQUAL fonts)
    set(stale TRUE)
  endif()
endif()
if(stale)
  file(REMOVE_RECURSE "${OUT}")
  execute_process(COMMAND "${CLI}" make-glyphs "${OUT}" RESULT_VARIABLE made)
  if(NOT made EQUAL 0)
    message(FATAL_ERROR "grindstone-cli make-glyphs ${OUT} failed (${made})")
  endif()
  file(WRITE "${list_file}" "${fonts}")
endif()
