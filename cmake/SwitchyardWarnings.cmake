# Strict settings every Switchyard target gets through switchyard_strict(target).
add_library(switchyard_strict_flags INTERFACE)
target_compile_options(switchyard_strict_flags INTERFACE -Wall -Wextra -pedantic -Wshadow -Wnon-virtual-dtor)
if(SWITCHYARD_WERROR)
  target_compile_options(switchyard_strict_flags INTERFACE -Werror)
endif()
target_compile_definitions(switchyard_strict_flags INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS)
if(SWITCHYARD_SANITIZE)
  set(_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_compile_options(switchyard_strict_flags INTERFACE ${_san})
  target_link_options(switchyard_strict_flags INTERFACE ${_san})
endif()

function(switchyard_strict target)
  target_link_libraries(${target} PRIVATE switchyard_strict_flags)
endfunction()
