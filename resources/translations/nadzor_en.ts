<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>nadzor::cli</name>
    <message numerus="yes">
        <location filename="../../app/cli/importcommand.cpp" line="+178"/>
        <source>Imported %1 at %2 from %n file(s) into %3.</source>
        <translation>
            <numerusform>Imported %1 at %2 from %n file into %3.</numerusform>
            <numerusform>Imported %1 at %2 from %n files into %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/purgecommand.cpp" line="+61"/>
        <source>%1 holds %n deleted photo(s) that can be purged.</source>
        <translation>
            <numerusform>%1 holds %n deleted photo that can be purged.</numerusform>
            <numerusform>%1 holds %n deleted photos that can be purged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Purged %n deleted photo(s) from %1; the file was compacted.</source>
        <translation>
            <numerusform>Purged %n deleted photo from %1; the file was compacted.</numerusform>
            <numerusform>Purged %n deleted photos from %1; the file was compacted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/densitycommand.cpp" line="+153"/>
        <location filename="../../app/cli/reportcommand.cpp" line="+328"/>
        <source>%n boundary(ies)</source>
        <translation>
            <numerusform>%n boundary</numerusform>
            <numerusform>%n boundaries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::domain</name>
    <message numerus="yes">
        <location filename="../../app/domain/plural.cpp" line="+19"/>
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n camera</numerusform>
            <numerusform>%n cameras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::merge</name>
    <message numerus="yes">
        <location filename="../../app/merge/mergeplanner.cpp" line="+211"/>
        <source>%n new camera(s)</source>
        <translation>
            <numerusform>%n new camera</numerusform>
            <numerusform>%n new cameras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n camera(s) matched</source>
        <translation>
            <numerusform>%n camera matched</numerusform>
            <numerusform>%n cameras matched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::store</name>
    <message numerus="yes">
        <location filename="../../app/store/projectstore.cpp" line="+892"/>
        <source>Added %1 with %n camera(s)</source>
        <translation>
            <numerusform>Added %1 with %n camera</numerusform>
            <numerusform>Added %1 with %n cameras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>Deleted site %1 with %n camera(s)</source>
        <translation>
            <numerusform>Deleted site %1 with %n camera</numerusform>
            <numerusform>Deleted site %1 with %n cameras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Deleted site %1 (%2) with %n camera(s)</source>
        <translation>
            <numerusform>Deleted site %1 (%2) with %n camera</numerusform>
            <numerusform>Deleted site %1 (%2) with %n cameras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+441"/>
        <source>Added boundary layer %1 with %n boundary(ies)</source>
        <translation>
            <numerusform>Added boundary layer %1 with %n boundary</numerusform>
            <numerusform>Added boundary layer %1 with %n boundaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/store/projectstoremerge.cpp" line="+231"/>
        <source>copied %n photo(s)</source>
        <translation>
            <numerusform>copied %n photo</numerusform>
            <numerusform>copied %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/store/projectstorepurge.cpp" line="+22"/>
        <source>cannot undo: the deleted photos were purged from the project on %1 (%n photo(s)); edits made before the purge can no longer be undone</source>
        <translation>
            <numerusform>cannot undo: the deleted photos were purged from the project on %1 (%n photo); edits made before the purge can no longer be undone</numerusform>
            <numerusform>cannot undo: the deleted photos were purged from the project on %1 (%n photos); edits made before the purge can no longer be undone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Purged %n deleted photo(s)</source>
        <translation>
            <numerusform>Purged %n deleted photo</numerusform>
            <numerusform>Purged %n deleted photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::BoundaryImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/boundaryimportdialog.cpp" line="+122"/>
        <source>%n field(s). Any coordinate system is reprojected to WGS84; invalid geometries are repaired and reported.</source>
        <translation>
            <numerusform>%n field. Any coordinate system is reprojected to WGS84; invalid geometries are repaired and reported.</numerusform>
            <numerusform>%n fields. Any coordinate system is reprojected to WGS84; invalid geometries are repaired and reported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::CameraForm</name>
    <message numerus="yes">
        <location filename="../../ui/cameraform.cpp" line="+329"/>
        <source> (%n camera(s) here)</source>
        <translation>
            <numerusform> (%n camera here)</numerusform>
            <numerusform> (%n cameras here)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::CamerasPanel</name>
    <message numerus="yes">
        <location filename="../../ui/cameraspanel.cpp" line="+94"/>
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n camera</numerusform>
            <numerusform>%n cameras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n camera(s)</source>
        <translation>
            <numerusform>%1 of %n camera</numerusform>
            <numerusform>%1 of %n cameras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::DetailsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/detailspanel.cpp" line="+96"/>
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n camera</numerusform>
            <numerusform>%n cameras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::Editor</name>
    <message numerus="yes">
        <location filename="../../ui/editor.cpp" line="+362"/>
        <source>%n deleted photo(s) are still kept in the project file so that their deletion can be undone. Purging removes them for good: nobody can recover them from the file, and edits made before the purge can no longer be undone.</source>
        <translation>
            <numerusform>%n deleted photo is still kept in the project file so that its deletion can be undone. Purging removes it for good: nobody can recover it from the file, and edits made before the purge can no longer be undone.</numerusform>
            <numerusform>%n deleted photos are still kept in the project file so that their deletion can be undone. Purging removes them for good: nobody can recover them from the file, and edits made before the purge can no longer be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Purged %n deleted photo(s) from the project file.</source>
        <translation>
            <numerusform>Purged %n deleted photo from the project file.</numerusform>
            <numerusform>Purged %n deleted photos from the project file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Likely duplicate: %1 with %n camera(s) is %2 m away.</source>
        <translation>
            <numerusform>Likely duplicate: %1 with %n camera is %2 m away.</numerusform>
            <numerusform>Likely duplicate: %1 with %n cameras is %2 m away.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+138"/>
        <source>Attached %n photo(s); their metadata was removed</source>
        <translation>
            <numerusform>Attached %n photo; their metadata was removed</numerusform>
            <numerusform>Attached %n photos; their metadata was removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="+749"/>
        <source>%n boundaries imported into &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n boundary imported into &apos;%1&apos;.</numerusform>
            <numerusform>%n boundaries imported into &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Boundary layer &apos;%1&apos;: %n boundaries — Undo (Ctrl+Z)</source>
        <translation>
            <numerusform>Boundary layer &apos;%1&apos;: %n boundary — Undo (Ctrl+Z)</numerusform>
            <numerusform>Boundary layer &apos;%1&apos;: %n boundaries — Undo (Ctrl+Z)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n site(s) could not be added:</source>
        <translation>
            <numerusform>%n site could not be added:</numerusform>
            <numerusform>%n sites could not be added:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::MergeReviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/mergereviewdialog.cpp" line="+108"/>
        <source>%n site(s) in %1. Likely duplicates are listed: compare each pair and accept it (the same place: merge) or reject it (a different place: keep both).</source>
        <translation>
            <numerusform>%n site in %1. Likely duplicates are listed: compare each pair and accept it (the same place: merge) or reject it (a different place: keep both).</numerusform>
            <numerusform>%n sites in %1. Likely duplicates are listed: compare each pair and accept it (the same place: merge) or reject it (a different place: keep both).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+292"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n already in the project</numerusform>
            <numerusform>%n already in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::ReviewPanel</name>
    <message numerus="yes">
        <location filename="../../ui/reviewpanel.cpp" line="+67"/>
        <source>%n camera(s) await review</source>
        <translation>
            <numerusform>%n camera awaits review</numerusform>
            <numerusform>%n cameras await review</numerusform>
        </translation>
    </message>
</context>
</TS>
