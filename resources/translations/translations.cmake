# The translations: Nadzor's own (lupdate keeps them in step with the sources of app/, maps/ and
# ui/) and the small hand-made ones of Qt's strings that Debian ships no Serbian for.
#   nadzor_en.ts       plural forms only (lupdate -pluralonly): "%n camera(s)" -> 1 camera, 2 cameras
#   nadzor_sr_Latn.ts  Serbian, Latin script, written by hand
#   nadzor_sr_Cyrl.ts  Serbian, Cyrillic script, made from the Latin by tools/translit-ts and
#                      then checked by eye
#   qt_sr_Latn.ts, qt_sr_Cyrl.ts  Qt's dialog buttons, context menus, file dialog, message box
# `cmake --build BUILD --target nadzor_lupdate` updates the three nadzor_*.ts from the sources;
# the test test_i18n_lupdate fails when a string has no translation.
set(NADZOR_TRANSLATIONS_DIR ${PROJECT_SOURCE_DIR}/resources/translations)
set(NADZOR_APP_TS_FILES
  ${NADZOR_TRANSLATIONS_DIR}/nadzor_en.ts
  ${NADZOR_TRANSLATIONS_DIR}/nadzor_sr_Latn.ts
  ${NADZOR_TRANSLATIONS_DIR}/nadzor_sr_Cyrl.ts)
set(NADZOR_TS_FILES ${NADZOR_APP_TS_FILES}
  ${NADZOR_TRANSLATIONS_DIR}/qt_sr_Latn.ts
  ${NADZOR_TRANSLATIONS_DIR}/qt_sr_Cyrl.ts)
# The folders lupdate reads, relative to the source tree.
set(NADZOR_LUPDATE_DIRS app maps ui)
# -I lets lupdate see the namespaces of the classes (contexts are "nadzor::ui::MainWindow").
set(NADZOR_LUPDATE_OPTIONS -locations relative -no-obsolete -no-ui-lines -silent -I . -I app)

if(NOT TARGET nadzor_lupdate)
  add_custom_target(nadzor_lupdate
    COMMAND Qt6::lupdate ${NADZOR_LUPDATE_OPTIONS} ${NADZOR_LUPDATE_DIRS}
            -ts ${NADZOR_TRANSLATIONS_DIR}/nadzor_sr_Latn.ts ${NADZOR_TRANSLATIONS_DIR}/nadzor_sr_Cyrl.ts
    COMMAND Qt6::lupdate ${NADZOR_LUPDATE_OPTIONS} -pluralonly ${NADZOR_LUPDATE_DIRS}
            -ts ${NADZOR_TRANSLATIONS_DIR}/nadzor_en.ts
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating the .ts files in resources/translations from app/, maps/ and ui/"
    VERBATIM)
endif()
