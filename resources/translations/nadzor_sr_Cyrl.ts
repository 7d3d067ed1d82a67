<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl">
<context>
    <name>ChoroplethStyle</name>
    <message>
        <location filename="../../ui/choroplethstyle.cpp" line="+49"/>
        <source>No cameras</source>
        <translation>Нема камера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>Нема података</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (all)</source>
        <translation>%1 (све)</translation>
    </message>
</context>
<context>
    <name>DensityMetrics</name>
    <message>
        <location filename="../../ui/densitymetric.cpp" line="+17"/>
        <source>Cameras per 1,000 inhabitants</source>
        <translation>Камера на 1.000 становника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cameras per km²</source>
        <translation>Камера по км²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inhabitants per camera</source>
        <translation>Становника по камери</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cameras</source>
        <translation>Камере</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../ui/editor.cpp" line="+44"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.gif *.bmp);;All files (*)</source>
        <translation>Слике (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.gif *.bmp);;Све датотеке (*)</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/historypanel.cpp" line="+25"/>
        <source>Add site</source>
        <translation>Додавање локације</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change site</source>
        <translation>Измена локације</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete site</source>
        <translation>Брисање локације</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add camera</source>
        <translation>Додавање камере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change camera</source>
        <translation>Измена камере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete camera</source>
        <translation>Брисање камере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo</source>
        <translation>Додавање фотографије</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete photo</source>
        <translation>Брисање фотографије</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Увези</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add boundaries</source>
        <translation>Додавање граница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete boundaries</source>
        <translation>Брисање граница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Спајање</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add slide</source>
        <translation>Додавање слајда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change slide</source>
        <translation>Измена слајда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete slide</source>
        <translation>Брисање слајда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move slide</source>
        <translation>Померање слајда</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <location filename="../../ui/mergereviewdialog.cpp" line="+39"/>
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Manufacturer</source>
        <translation>Произвођач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Модел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Врста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera type</source>
        <translation>Тип камере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount</source>
        <translation>Монтажа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Смер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Висина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Оператер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face recognition</source>
        <translation>Препознавање лица</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed</source>
        <translation>Уочено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Извор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Белешке</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+88"/>
        <source>GeoJSON (*.geojson);;CSV (*.csv);;GeoPackage (*.gpkg);;KML (*.kml);;OpenStreetMap XML (*.osm)</source>
        <translation>GeoJSON (*.geojson);;CSV (*.csv);;GeoPackage (*.gpkg);;KML (*.kml);;OpenStreetMap XML (*.osm)</translation>
    </message>
</context>
<context>
    <name>nadzor::analysis</name>
    <message>
        <location filename="../../app/analysis/aggregator.cpp" line="+125"/>
        <source>Each location is assigned to exactly one boundary by the crossing-number rule: a location exactly on a border belongs to the area immediately to its east (on an east-west border or a corner, to the one immediately to its north-east); where boundaries overlap, the first in the layer wins; locations in no boundary are reported as outside.</source>
        <translation>Свака локација приписује се тачно једној граници по правилу броја пресека: локација тачно на граници припада области непосредно источно од ње (на граници исток-запад или у углу, оној непосредно североисточно); где се границе преклапају, предност има прва у слоју; локације ван свих граница наводе се као спољне.</translation>
    </message>
    <message>
        <location filename="../../app/analysis/classifier.cpp" line="+130"/>
        <source>manual classification needs at least two breaks</source>
        <translation>ручној класификацији требају бар два прелома</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manual break %1 is not a number</source>
        <translation>ручни прелом %1 није број</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manual breaks must increase: %1 follows %2</source>
        <translation>ручни преломи морају да расту: %1 долази после %2</translation>
    </message>
</context>
<context>
    <name>nadzor::boundaries</name>
    <message>
        <location filename="../../app/boundaries/boundaryimporter.cpp" line="+38"/>
        <source>the %1 field &apos;%2&apos; does not exist; the fields are: %3</source>
        <translation>поље %1 „%2“ не постоји; поља су: %3</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>invalid geometry repaired</source>
        <translation>неисправна геометрија је поправљена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 repaired (at or near %2 %3)</source>
        <translation>%1 поправљено (на %2 %3 или близу)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: the file has %2 layers; read the first, &apos;%3&apos;</source>
        <translation>%1: датотека има слојева: %2; прочитан је први, „%3“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no name field was given and none is called &apos;name&apos;; the fields are: %1</source>
        <translation>поље назива није задато и ниједно се не зове „наме“; поља су: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no name field was given; using &apos;%2&apos;</source>
        <translation>%1: поље назива није задато; користи се „%2“</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: the layer has no coordinate reference system; its coordinates are read as WGS84 longitude/latitude</source>
        <translation>%1: слој нема координатни референтни систем; координате се читају као WGS84 географска дужина/ширина</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot reproject from the layer&apos;s coordinate reference system to WGS84: %1</source>
        <translation>прерачунавање из координатног референтног система слоја у WGS84 није могуће: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: GDAL was built without GEOS, so geometries were not checked for validity</source>
        <translation>%1: GDAL је преведен без GEOS-а, па исправност геометрија није проверена</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>feature %1</source>
        <translation>објекат %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/boundaries/serbianlayer.cpp" line="+132"/>
        <source>feature %1 &apos;%2&apos;</source>
        <translation>објекат %1 „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature %1</source>
        <translation>Објекат %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no name; called &apos;%2&apos;</source>
        <translation>%1: нема назив; названо „%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the population &apos;%2&apos; is not a number; left empty</source>
        <translation>%1: број становника „%2“ није број; остављено празно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no population</source>
        <translation>%1: нема броја становника</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no geometry</source>
        <translation>%1 нема геометрију</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a %2; boundaries must be polygons or multipolygons</source>
        <translation>%1 је %2; границе морају бити полигони или мултиполигони</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2 vertices, more than the %3 a boundary may have; simplify the layer first (e.g. ogr2ogr -simplify 0.0001)</source>
        <translation>%1 има темена: %2, више од %3 колико граница сме да има; прво поједноставите слој (нпр. ogr2ogr -simplify 0.0001)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the layer has more than %1 vertices in total (reached at %2); simplify it first (e.g. ogr2ogr -simplify 0.0001)</source>
        <translation>слој укупно има више од %1 темена (достигнуто код %2); прво га поједноставите (нпр. ogr2ogr -simplify 0.0001)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be reprojected to WGS84</source>
        <translation>%1 не може да се прерачуна у WGS84</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the geometry is invalid (%2) and could not be repaired</source>
        <translation>%1: геометрија је неисправна (%2) и није могла да се поправи</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no polygon with an area</source>
        <translation>%1 нема полигон са површином</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 degenerate or non-polygon part(s) dropped</source>
        <translation>%1: изостављени дегенерисани или неполигонски делови: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has the coordinate %2 %3, which is not a WGS84 longitude/latitude (does the file lack its CRS?)</source>
        <translation>%1 има координату %2 %3, која није WGS84 географска дужина/ширина (да ли датотеци недостаје CRS?)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the layer &apos;%1&apos; has no features</source>
        <translation>слој „%1“ нема објекте</translation>
    </message>
    <message>
        <location filename="../../app/boundaries/gdalsupport.cpp" line="+17"/>
        <source>the file does not exist</source>
        <translation>датотека не постоји</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a vector format that GDAL can read</source>
        <translation>није векторски формат који GDAL може да прочита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open as a vector layer: %1</source>
        <translation>не може да се отвори као векторски слој: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file has no vector layer</source>
        <translation>датотека нема векторски слој</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no layer &apos;%1&apos;; the layers are: %2</source>
        <translation>нема слоја „%1“; слојеви су: %2</translation>
    </message>
    <message>
        <location filename="../../app/boundaries/joinreport.cpp" line="+35"/>
        <source>Population: matched</source>
        <translation>Становништво: упарено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population: unmatched boundaries</source>
        <translation>Становништво: неупарене границе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population: ambiguous</source>
        <translation>Становништво: двосмислено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population: unmatched rows</source>
        <translation>Становништво: неупарени редови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population: city-municipality rows (covered by their city&apos;s &apos;- grad&apos; row)</source>
        <translation>Становништво: редови градских општина (обухваћени редом „- град“ свог града)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Codes: matched</source>
        <translation>Шифре: упарено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes: boundaries without a code</source>
        <translation>Шифре: границе без шифре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes: ambiguous</source>
        <translation>Шифре: двосмислено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes: rows not used</source>
        <translation>Шифре: неискоришћени редови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas: geodesic vs official differing by more than 2 %</source>
        <translation>Површине: геодетска и званична разликују се за више од 2 %</translation>
    </message>
    <message>
        <location filename="../../app/boundaries/serbianlayer.cpp" line="-69"/>
        <source>Boundaries © OpenStreetMap contributors, ODbL 1.0, via geoBoundaries (Runfola et al. 2020); population %1: Statistical Office of the Republic of Serbia (RZS); municipality codes: RZS/SORS. Joined by name, names normalised and areas recomputed (geodesic, WGS84) by Nadzor.</source>
        <translation>Границе © OpenStreetMap сарадници, ODbL 1.0, преко geoBoundaries (Runfola et al. 2020); становништво %1: Републички завод за статистику (РЗС); шифре општина: РЗС. Спојено по називу, називи уједначени и површине поново израчунате (геодетски, WGS84) у Надзору.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>неисправан JSON на позицији %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a GeoJSON FeatureCollection</source>
        <translation>није GeoJSON ФеатуреЦоллецтион</translation>
    </message>
    <message>
        <location line="-53"/>
        <location filename="../../app/boundaries/serbiansources.cpp" line="+111"/>
        <source>Serbian municipalities</source>
        <translation>Општине Србије</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geoBoundaries SRB ADM2 (OpenStreetMap); RZS municipal indicators %1; RZS/SORS municipality codes</source>
        <translation>geoBoundaries SRB ADM2 (OpenStreetMap); општински показатељи РЗС %1; шифре општина РЗС</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 is a %2; expected a Polygon or MultiPolygon</source>
        <translation>%1 је %2; очекује се Polygon или MultiPolygon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature without geometry</source>
        <translation>објекат без геометрије</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has malformed coordinates</source>
        <translation>%1 има неисправне координате</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the layer has no features</source>
        <translation>слој нема објекте</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the bundled layer is missing from the build</source>
        <translation>уграђени слој недостаје у овој верзији</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this build has no bundled Serbian layer: run nadzor-bundle-boundaries to write resources/geodata/serbia-municipalities.geojson, then re-run CMake</source>
        <translation>ова верзија нема уграђени слој Србије: покрените nadzor-bundle-boundaries да упише resources/geodata/serbia-municipalities.geojson, па поново покрените CMake</translation>
    </message>
    <message>
        <location filename="../../app/boundaries/serbiansources.cpp" line="-74"/>
        <source>not a table</source>
        <translation>није табела</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the column &apos;%1&apos; is missing</source>
        <translation>недостаје колона „%1“</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the year &apos;%1&apos; is not a number</source>
        <translation>година „%1“ није број</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: no row for %2; the latest is %3</source>
        <translation>%1: нема реда за %2; најновији је %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the population is not a number</source>
        <translation>%1: број становника није број</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: claimed by %2</source>
        <translation>%1: преузео га је %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is one polygon in the boundary file: it takes the &apos;%1 - grad&apos; row; its city municipalities are not separate boundaries</source>
        <translation>%1 је један полигон у датотеци граница: узима ред „%1 - град“; његове градске општине нису посебне границе</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: the city code %2 (%3) is used, not the code of its city municipality of the same name</source>
        <translation>%1: користи се шифра града %2 (%3), а не шифра истоимене градске општине</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>city municipality of %1 (the city code %2 was used)</source>
        <translation>градска општина града %1 (коришћена је шифра града %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kosovo and Metohija, not in the boundary file</source>
        <translation>Косово и Метохија, није у датотеци граница</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no boundary matched</source>
        <translation>ниједна граница се не поклапа</translation>
    </message>
</context>
<context>
    <name>nadzor::cli</name>
    <message>
        <location filename="../../app/cli/arguments.cpp" line="+58"/>
        <source>nadzor %1: unknown option &apos;%2&apos;. Run &apos;nadzor %1 --help&apos;.</source>
        <translation>nadzor %1: непозната опција „%2“. Покрените „nadzor %1 --help“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nadzor %1: %2 takes no value. Run &apos;nadzor %1 --help&apos;.</source>
        <translation>nadzor %1: %2 не прима вредност. Покрените „nadzor %1 --help“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nadzor %1: %2 needs a value. Run &apos;nadzor %1 --help&apos;.</source>
        <translation>nadzor %1: %2 тражи вредност. Покрените „nadzor %1 --help“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nadzor %1: missing arguments. Run &apos;nadzor %1 --help&apos;.</source>
        <translation>nadzor %1: недостају аргументи. Покрените „nadzor %1 --help“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nadzor %1: unexpected argument &apos;%2&apos;. Run &apos;nadzor %1 --help&apos;.</source>
        <translation>nadzor %1: неочекиван аргумент „%2“. Покрените „nadzor %1 --help“.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="+34"/>
        <source>Print the version and exit.</source>
        <translation>Исписује верзију и излази.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cameras from GeoJSON, CSV, GPX, KML, GPKG, SHP, FGB or OSM files.</source>
        <translation>Увози камере из GeoJSON, CSV, GPX, KML, GPKG, СХП, ФГБ или OSM датотека.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cameras as GeoJSON, CSV, GeoPackage, KML or OSM XML.</source>
        <translation>Извози камере као GeoJSON, CSV, GeoPackage, KML или OSM XML.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count cameras per municipality and write densities as CSV or GeoJSON.</source>
        <translation>Броји камере по општинама и уписује густине као CSV или GeoJSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the density report or a town fact sheet as PDF, HTML, CSV or GeoJSON.</source>
        <translation>Прави извештај о густини или информативни лист места као PDF, HTML, CSV или GeoJSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge another volunteer&apos;s project or an export file without duplicates.</source>
        <translation>Спаја пројекат другог волонтера или извезену датотеку без дупликата.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: nadzor [PROJECT.nadzor]        open the map window
       nadzor COMMAND [ARGS...]       run headless
       nadzor COMMAND --help          describe a command

Commands:
</source>
        <translation>Употреба: nadzor [PROJEKAT.nadzor]     отвара прозор са картом
          nadzor КОМАНДА [АРГУМЕНТИ...] ради без прозора
          nadzor КОМАНДА --help         описује команду

Команде:
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Options:
  -h, --help     show this help
  --version      print the version
</source>
        <translation>
Опције:
  -h, --help     приказује ову помоћ
  --version      исписује верзију
</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../app/cli/importcommand.cpp" line="+85"/>
        <location filename="../../app/cli/mergecommand.cpp" line="+126"/>
        <location filename="../../app/cli/reportcommand.cpp" line="+152"/>
        <source>Usage: %1</source>
        <translation>Употреба: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nadzor: unknown command &apos;%1&apos;. Run &apos;nadzor --help&apos; for the list.</source>
        <translation>nadzor: непозната команда „%1“. Покрените „nadzor --help“ за списак.</translation>
    </message>
    <message>
        <location filename="../../app/cli/densitycommand.cpp" line="+23"/>
        <source>nadzor density PROJECT [--boundaries FILE --name-field F [--code-field F]
               [--population-field F] [--layer L]] [--filter KEY=VALUE ...]
               [--format csv|geojson] [--out FILE]

Counts the project&apos;s cameras and sites per boundary and writes the densities:
CSV columns name, code, cameras, sites, area_km2, population, cameras_per_km2,
cameras_per_1000, inhabitants_per_camera (empty where unknown), numbers with a &apos;.&apos;
decimal point; GeoJSON: the boundaries with the same properties.

Boundaries: --boundaries FILE (any vector format GDAL reads) with its name field and
optional code and population fields; otherwise the project&apos;s newest boundary layer;
otherwise the bundled Serbian municipalities. Areas are geodesic (WGS84).

A location exactly on a border is counted once: in the area to its east (on an
east-west border or a corner, to its north-east). Cameras marked removed are not
counted unless --filter status=removed asks for them.

Filters (repeatable; values separated by commas mean any of them):
  manufacturer=Dahua,Hikvision  operator=...  type=camera  zone=town  source=...
  face=unknown|no|suspected|confirmed  status=unverified|verified|disputed|removed
  from=YYYY-MM-DD  to=YYYY-MM-DD  text=WORDS (in notes, address, model, manufacturer,
  operator; case- and diacritic-insensitive)

--format defaults to the suffix of --out, else csv. Without --out the result goes to
standard output; with it, the file is written under a temporary name and renamed.</source>
        <translation>nadzor density ПРОЈЕКАТ [--boundaries ДАТОТЕКА --name-field П [--code-field П]
               [--population-field П] [--layer С]] [--filter КЉУЧ=ВРЕДНОСТ ...]
               [--format csv|geojson] [--out ДАТОТЕКА]

Броји камере и локације пројекта по границама и уписује густине:
CSV колоне name, code, cameras, sites, area_km2, population, cameras_per_km2,
cameras_per_1000, inhabitants_per_camera (празне где нису познате), бројеви са &apos;.&apos;
као децималним знаком; GeoJSON: границе са истим својствима.

Границе: --boundaries ДАТОТЕКА (било који векторски формат који GDAL чита) са пољем
назива и, по жељи, пољима шифре и броја становника; иначе најновији слој граница
пројекта; иначе уграђене општине Србије. Површине су геодетске (WGS84).

Локација тачно на граници броји се једном: у области источно од ње (на граници
исток-запад или у углу, североисточно). Камере означене као уклоњене не броје се
осим ако их --filter status=removed тражи.

Филтери (могу се понављати; вредности одвојене зарезима значе било коју од њих):
  manufacturer=Dahua,Hikvision  operator=...  type=camera  zone=town  source=...
  face=unknown|no|suspected|confirmed  status=unverified|verified|disputed|removed
  from=ГГГГ-ММ-ДД  to=ГГГГ-ММ-ДД  text=РЕЧИ (у белешкама, адреси, моделу, произвођачу,
  оператеру; без обзира на велика слова и дијакритике)

--format је подразумевано наставак од --out, иначе цсв. Без --out резултат иде на
стандардни излаз; са њим се датотека уписује под привременим именом и преименује.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>nadzor density: unknown format &apos;%1&apos; (use csv or geojson)</source>
        <translation>nadzor density: непознат формат „%1“ (користите csv|geojson)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nadzor density: --boundaries %1 needs --name-field</source>
        <translation>nadzor density: уз --boundaries %1 треба и --name-field</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nadzor density: --name-field, --code-field, --population-field and --layer go with --boundaries FILE</source>
        <translation>nadzor density: --name-field, --code-field, --population-field и --layer иду уз --boundaries ДАТОТЕКА</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>nadzor density: %1: no boundaries</source>
        <translation>nadzor density: %1: нема граница</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>nadzor density: %1: cannot write: %2</source>
        <translation>nadzor density: %1: упис није могућ: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2 (%3) in %4 of &apos;%5&apos;</source>
        <translation>%1, %2 (%3); слој „%5“: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location filename="../../app/cli/reportcommand.cpp" line="+176"/>
        <source>%n boundary(ies)</source>
        <translation>
            <numerusform>%n граница</numerusform>
            <numerusform>%n границе</numerusform>
            <numerusform>%n граница</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 lie outside every boundary</source>
        <translation>ван свих граница: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written to %1</source>
        <translation>уписано у %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="+17"/>
        <source>nadzor export PROJECT --format geojson|csv|gpkg|kml|osm --out FILE [--include-authors]

Writes the project&apos;s cameras: one feature per camera at its site&apos;s position, with the
OSM-keyed fields as columns named by their keys (surveillance:type, camera:direction,
height, ...), Nadzor&apos;s fields (nadzor:uuid, nadzor:site_uuid, addr:full, description,
nadzor:status, nadzor:face_recognition) and the free tags. --format defaults to the
suffix of FILE. The file is written under a temporary name next to FILE and renamed
when complete, so a failure leaves nothing half-written. Photos are never exported.

osm:  OSM XML 0.6 for JOSM: new nodes (negative ids) tagged man_made=surveillance.
csv:  lon, lat, then the columns. Spreadsheet-safe: a cell that starts with =, +, -, @,
      a tab or a carriage return is written with a leading &apos; so that spreadsheets do
      not run it as a formula, except plain numbers such as -12.5, which stay numbers.
      nadzor import removes that &apos; again.

Options:
  --include-authors  also write reviewers&apos; names (nadzor:reviewed_by/_at); by
                     default exports carry no names of people</source>
        <translation>nadzor export ПРОЈЕКАТ --format geojson|csv|gpkg|kml|osm --out ДАТОТЕКА [--include-authors]

Уписује камере пројекта: један објекат по камери на положају њене локације, са
пољима по OSM кључевима као колонама названим по кључевима (surveillance:type,
camera:direction, height, ...), пољима Надзора (nadzor:uuid, nadzor:site_uuid,
addr:full, description, nadzor:status, nadzor:face_recognition) и слободним ознакама.
--format је подразумевано наставак ДАТОТЕКЕ. Датотека се уписује под привременим
именом поред ДАТОТЕКЕ и преименује кад је готова, па неуспех не оставља ништа
полууписано. Фотографије се никад не извозе.

осм:  OSM XML 0.6 за JOSM: нови чворови (негативни ид) са ознаком man_made=surveillance.
цсв:  lon, lat, па колоне. Безбедно за табеле: ћелија која почиње са =, +, -, @,
      табулатором или повратком на почетак реда уписује се са &apos; испред, да је програми
      за табеле не би извршили као формулу, осим обичних бројева као -12.5, који остају
      бројеви. nadzor import поново уклања тај &apos;.

Опције:
  --include-authors  уписује и имена оних који су прегледали (nadzor:reviewed_by/_ат);
                     подразумевано извози не садрже имена људи</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>nadzor export: --out FILE is required. Run &apos;nadzor export --help&apos;.</source>
        <translation>nadzor export: --out ДАТОТЕКА је обавезно. Покрените „nadzor export --help“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nadzor export: unknown format &apos;%1&apos; (use one of %2)</source>
        <translation>nadzor export: непознат формат „%1“ (користите један од: %2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Exported %1 to %2.</source>
        <translation>Извезено: %1 у %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="-66"/>
        <source>nadzor import PROJECT FILE... [--map COLUMN=FIELD]... [--encoding ENC]
                     [--layer NAME] [--s-srs CRS] [--author NAME]

Reads cameras from %1 files
into PROJECT (created if it does not exist). Coordinates are reprojected to WGS84;
points at the same position (to 1e-7 degrees) in a file become cameras of one site.
OSM files: man_made=surveillance (and highway=speed_camera) nodes with all their tags.

All or nothing: every FILE is read in one transaction. If any file has an error,
nothing is imported, the project is left as it was, the message names the file
and the feature (or CSV line) at fault, and the exit status is 1.

Options:
  --map COLUMN=FIELD  put COLUMN into FIELD (repeatable). FIELD is
%2.
                      Without --map, common names are recognised (any case):
                      lat/latitude/y, lon/lng/long/longitude/x and wkt/geometry
                      (CSV), type, direction, mount, zone, height, operator,
                      manufacturer, model, address/adress/adresa, notes/note,
                      source, date/observed and every OSM key; other columns
                      are kept as free tags.
  --encoding ENC      text encoding of CSV/Shapefile attributes (default UTF-8),
                      e.g. CP1250 (Windows-1250), ISO-8859-2
  --layer NAME        read only this layer (default: all; GPX: waypoints)
  --s-srs CRS         the coordinates&apos; CRS when the file does not say, e.g.
                      EPSG:32634 (default: the file&apos;s CRS, else WGS84)
  --author NAME       the author recorded in the project&apos;s journal</source>
        <translation>nadzor import ПРОЈЕКАТ ДАТОТЕКА... [--map КОЛОНА=ПОЉЕ]... [--encoding КОД]
                     [--layer НАЗИВ] [--s-srs CRS] [--author ИМЕ]

Чита камере из %1 датотека
у ПРОЈЕКАТ (прави га ако не постоји). Координате се прерачунавају у WGS84;
тачке на истом положају (до 1e-7 степени) у датотеци постају камере једне локације.
OSM датотеке: чворови man_made=surveillance (и highway=speed_camera) са свим ознакама.

Све или ништа: свака ДАТОТЕКА чита се у једној трансакцији. Ако било која датотека
има грешку, ништа се не увози, пројекат остаје какав је био, порука наводи датотеку
и објекат (или ред CSV-а) са грешком, а излазни статус је 1.

Опције:
  --map КОЛОНА=ПОЉЕ  ставља КОЛОНУ у ПОЉЕ (може се понављати). ПОЉЕ је
%2.
                      Без --map препознају се уобичајени називи (било која слова):
                      lat/latitude/y, lon/lng/long/longitude/x, wkt/geometry
                      (CSV), type, direction, mount, zone, height, operator,
                      manufacturer, model, address/adress/adresa, notes/note,
                      source, date/observed и сваки OSM кључ; остале колоне
                      чувају се као слободне ознаке.
  --encoding КОД      кодирање текста атрибута CSV/Shapefile (подразумевано UTF-8),
                      нпр. CP1250 (Windows-1250), ИСО-8859-2
  --layer НАЗИВ       чита само овај слој (подразумевано: све; GPX: тачке пута)
  --s-srs CRS         CRS координата када га датотека не наводи, нпр.
                      EPSG:32634 (подразумевано: CRS датотеке, иначе WGS84)
  --author ИМЕ        аутор забележен у дневнику пројекта</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>nadzor import: --map wants COLUMN=FIELD, not &apos;%1&apos;</source>
        <translation>nadzor import: --map тражи КОЛОНА=ПОЉЕ, а не „%1“</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>nadzor import: nothing was imported; %1 is unchanged.</source>
        <translation>nadzor import: ништа није увезено; %1 је непромењен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nadzor import: nothing was imported; %1 was not created.</source>
        <translation>nadzor import: ништа није увезено; %1 није направљен.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import of %1</source>
        <translation>Увоз датотеке %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>the site at %1, %2 cannot be stored: %3</source>
        <translation>локација на %1, %2 не може да се сачува: %3</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>a camera cannot be stored: %1</source>
        <translation>камера не може да се сачува: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nadzor import: %1: warning: %2</source>
        <translation>nadzor import: %1: упозорење: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 на %3</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Imported %1 at %2 from %n file(s) into %3.</source>
        <translation>
            <numerusform>Увезено %1 на %2 из %n датотеке у %3.</numerusform>
            <numerusform>Увезено %1 на %2 из %n датотеке у %3.</numerusform>
            <numerusform>Увезено %1 на %2 из %n датотека у %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/mergecommand.cpp" line="-103"/>
        <source>nadzor merge PROJECT OTHER [--distance M] [--contributor NAME]... [--dry-run]
                    [--accept-all | --interactive-free]

Merges OTHER into PROJECT without duplicates and without losing anything. OTHER is
another volunteer&apos;s project (*.nadzor, with its photos) or an export file
(%1).

For each incoming site the likely duplicate is looked for: first by uuid (sites and
cameras keep their uuids across projects and Nadzor exports), then among the sites
within M metres, scored 0..1 from the distance and the agreement of the cameras&apos;
attributes (manufacturer, camera:type, direction within 30 degrees, model, mount,
surveillance:type, operator, zone, height):
    score = 0.5 * (1 - distance / M) + 0.5 * attribute agreement
The plan is printed, one line per likely duplicate with its distance, score and
reasons. Then, unless --dry-run:
  - sites without a duplicate are added;
  - identical ones (found by uuid, or scoring at least %2, and bringing nothing
    new) are skipped;
  - likely duplicates scoring at least %2 are merged into the existing site:
    new cameras are added to it, empty fields filled in, differing notes joined;
  - likely duplicates scoring less are added as new sites and listed for review.
Everything is written in one transaction with one journal entry &quot;merge&quot; naming
OTHER and its contributors; `undo` in the GUI takes the whole merge back. If OTHER
cannot be read, nothing changes and the exit status is 1.

Options:
  --distance M        how far apart two records of one site may be (default %3 m)
  --contributor NAME  who contributed OTHER, for the journal (repeatable). For a
                      project its journal&apos;s authors are named as well.
  --dry-run           print the plan, change nothing
  --accept-all        merge every likely duplicate into its site, whatever its score
  --interactive-free  decide by the threshold above without asking (the default)</source>
        <translation>nadzor merge ПРОЈЕКАТ ДРУГИ [--distance М] [--contributor ИМЕ]... [--dry-run]
                    [--accept-all | --interactive-free]

Спаја ДРУГИ у ПРОЈЕКАТ без дупликата и без губитка било чега. ДРУГИ је пројекат
другог волонтера (*.nadzor, са фотографијама) или извезена датотека
(%1).

За сваку пристиглу локацију тражи се вероватни дупликат: прво по ууид-у (локације и
камере задржавају ууид у свим пројектима и извозима Надзора), затим међу локацијама
унутар М метара, са оценом 0..1 према растојању и слагању атрибута камера
(manufacturer, camera:type, model, mount, surveillance:type, operator, zone,
height и смер унутар 30 степени):
    оцена = 0.5 * (1 - растојање / М) + 0.5 * слагање атрибута
План се исписује, по један ред за сваки вероватни дупликат са растојањем, оценом и
разлозима. Затим, осим уз --dry-run:
  - локације без дупликата се додају;
  - идентичне (пронађене по ууид-у, или са оценом бар %2, које не доносе ништа
    ново) се прескачу;
  - вероватни дупликати са оценом бар %2 спајају се у постојећу локацију:
    нове камере јој се додају, празна поља попуњавају, различите белешке спајају;
  - вероватни дупликати са мањом оценом додају се као нове локације и наводе за преглед.
Све се уписује у једној трансакцији са једном ставком дневника „мерге“ која наводи
ДРУГИ и његове сараднике; „поништи“ у прозору враћа цело спајање. Ако ДРУГИ не
може да се прочита, ништа се не мења, а излазни статус је 1.

Опције:
  --distance М        колико далеко могу бити два записа исте локације (подразумевано %3 м)
  --contributor ИМЕ   ко је допринео ДРУГИ, за дневник (може се понављати). За
                      пројекат се наводе и аутори из његовог дневника.
  --dry-run           исписује план, ништа не мења
  --accept-all        спаја сваки вероватни дупликат у његову локацију, каква год да је оцена
  --interactive-free  одлучује по горњем прагу без питања (подразумевано)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>skip (identical)</source>
        <translation>прескочи (идентично)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip</source>
        <translation>прескочи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge into site %1</source>
        <translation>споји у локацију %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add as new site, REVIEW</source>
        <translation>додај као нову локацију, ПРЕГЛЕДАТИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add</source>
        <translation>додај</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>nadzor merge: --distance wants metres between 0 and 10000, not &apos;%1&apos;</source>
        <translation>nadzor merge: --distance тражи метре између 0 и 10000, а не „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nadzor merge: one file to merge at a time (&apos;%1&apos; is one too many)</source>
        <translation>nadzor merge: спаја се једна датотека одједном („%1“ је вишак)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nadzor merge: --accept-all and --interactive-free exclude each other</source>
        <translation>nadzor merge: --accept-all и --interactive-free искључују једно друго</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nadzor merge: %1 is the project itself</source>
        <translation>nadzor merge: %1 је сам пројекат</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nadzor merge: %1: the project does not exist</source>
        <translation>nadzor merge: %1: пројекат не постоји</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+73"/>
        <source>nadzor merge: nothing was merged; %1 is unchanged.</source>
        <translation>nadzor merge: ништа није спојено; %1 је непромењен.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>nadzor merge: %1: warning: %2</source>
        <translation>nadzor merge: %1: упозорење: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nadzor merge: %1 cannot be written to; nothing was merged.</source>
        <translation>nadzor merge: у %1 не може да се уписује; ништа није спојено.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown</source>
        <translation>непознато</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge plan: %1 (%2, %3, %4; contributors: %5) into %6; duplicates within %7 m, merged from score %8 (every pair accepted)</source>
        <translation>План спајања: %1 (%2, %3, %4; сарадници: %5) у %6; дупликати унутар %7 м, спајају се од оцене %8 (сваки пар прихваћен)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge plan: %1 (%2, %3, %4; contributors: %5) into %6; duplicates within %7 m, merged from score %8</source>
        <translation>План спајања: %1 (%2, %3, %4; сарадници: %5) у %6; дупликати унутар %7 м, спајају се од оцене %8</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  incoming site %1 at %2 ~ site %3: %4 m, score %5, %6: %7</source>
        <translation>  пристигла локација %1 на %2 ~ локација %3: %4 м, оцена %5, %6: %7</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan: %1 to add, %2 to merge into existing sites, %3 to skip; %4 likely duplicates, %5 for review.</source>
        <translation>План: за додавање %1, за спајање у постојеће локације %2, за прескакање %3; вероватних дупликата %4, за преглед %5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dry run: %1 is unchanged.</source>
        <translation>Проба: %1 је непромењен.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (journal entry %2).</source>
        <translation>%1 (ставка дневника %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2 is unchanged.</source>
        <translation>%1; %2 је непромењен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For review (added as new sites, though close to an existing one):</source>
        <translation>За преглед (додате као нове локације, иако су близу постојеће):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1 near site %2 (%3 m, score %4)</source>
        <translation>  %1 близу локације %2 (%3 м, оцена %4)</translation>
    </message>
    <message>
        <location filename="../../app/cli/projectinputs.cpp" line="+13"/>
        <source>no such project</source>
        <translation>пројекат не постоји</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the boundary layer &apos;%1&apos; has no boundaries</source>
        <translation>слој граница „%1“ нема границе</translation>
    </message>
    <message>
        <location filename="../../app/cli/reportcommand.cpp" line="-227"/>
        <source>nadzor report PROJECT --format pdf|html|csv|geojson --out FILE [--municipality NAME]
              [--filter KEY=VALUE ...] [--metric METRIC] [--title TEXT] [--language L]
              [--locale L]
              [--map choropleth|heatmap]
nadzor report PROJECT --format png|svg --out FILE [--size A4|A3|WxH] [--dpi N] ...

Writes the density report: title and date, a map (choropleth of the metric, or a
heatmap) with legend, scale bar and attribution, the municipalities sorted by the
metric, breakdowns by manufacturer and operator, and the methodology and sources.
CSV and GeoJSON hold the table only (the columns of &apos;nadzor density&apos;).
With --municipality NAME, a one-page fact sheet of that municipality instead (any
script or spelling: Osečina, Osecina, Осечина), with up to four of its photos.

Boundaries: the project&apos;s newest boundary layer, otherwise the bundled Serbian
municipalities.

  --format     pdf, html, csv or geojson (default: the suffix of --out)
  --metric     cameras, cameras_per_km2 (default), cameras_per_1000,
               inhabitants_per_camera, sites: the table&apos;s order and the map&apos;s colours
  --map        choropleth (default) or heatmap
  --language   en, sr_Latn or sr_Cyrl: headings, text, tables and municipality names
               (default: the system&apos;s, from LC_ALL, LC_MESSAGES or LANG)
  --locale     number and date format, e.g. sr_RS, sr_Latn_RS, en_GB (default: that
               of the language)
  --filter     as for &apos;nadzor density&apos;: manufacturer=, operator=, type=, zone=,
               source=, face=, status=, from=, to=, text= (repeatable)

--format png or svg exports the map alone (with title, legend, scale bar and
attribution): --size A4 or A3 (landscape; add -portrait) or WIDTHxHEIGHT pixels
(default A4), --dpi N (default 300; the PNG records it). Up to A3 at 300 dpi.

The file is written under a temporary name beside FILE and renamed when complete.</source>
        <translation>nadzor report ПРОЈЕКАТ --format pdf|html|csv|geojson --out ДАТОТЕКА [--municipality НАЗИВ]
              [--filter КЉУЧ=ВРЕДНОСТ ...] [--metric ПОКАЗАТЕЉ] [--title ТЕКСТ] [--language Ј]
              [--locale Л]
              [--map choropleth|heatmap]
nadzor report ПРОЈЕКАТ --format png|svg --out ДАТОТЕКА [--size A4|A3|WxH] [--dpi Н] ...

Прави извештај о густини: наслов и датум, карту (короплетну карту показатеља или
топлотну карту) са легендом, размерником и навођењем извора, општине поређане по
показатељу, расподеле по произвођачу и оператеру, и методологију и изворе.
CSV и GeoJSON садрже само табелу (колоне команде „nadzor density“).
Са --municipality НАЗИВ, уместо тога информативни лист те општине на једној страни
(било које писмо или правопис: Осечина, Осецина, Осечина), са до четири њене фотографије.

Границе: најновији слој граница пројекта, иначе уграђене општине Србије.

  --format     пдф, хтмл, цсв или геојсон (подразумевано: наставак од --out)
  --metric     цамерас, cameras_per_km2 (подразумевано), cameras_per_1000,
               inhabitants_per_camera, sites: редослед табеле и боје карте
  --map        цхороплетх (подразумевано) или хеатмап
  --language   ен, sr_Latn или sr_Cyrl: наслови, текст, табеле и називи општина
               (подразумевано: системски, из ЛЦ_АЛЛ, ЛЦ_МЕССАГЕС или ЛАНГ)
  --locale     формат бројева и датума, нпр. sr_RS, sr_Latn_RS, en_GB (подразумевано:
               онај који одговара језику)
  --filter     као за „nadzor density“: manufacturer=, operator=, type=, zone=,
               source=, face=, status=, from=, to=, text= (може се понављати)

--format пнг или свг извози само карту (са насловом, легендом, размерником и навођењем
извора): --size A4 или A3 (положено; додајте -portrait) или ШИРИНА×ВИСИНА пиксела
(подразумевано A4), --dpi Н (подразумевано 300; PNG га бележи). Највише A3 на 300 dpi.

Датотека се уписује под привременим именом поред ДАТОТЕКЕ и преименује кад је готова.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>nadzor report: unknown format &apos;%1&apos; (use pdf, html, csv, geojson, png or svg)</source>
        <translation>nadzor report: непознат формат „%1“ (користите pdf|html|csv|geojson|png|svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nadzor report: --size wants A4, A3 or WIDTHxHEIGHT and --dpi a number</source>
        <translation>nadzor report: --size тражи A4, A3 или ШИРИНА×ВИСИНА, а --dpi број</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nadzor report: unknown metric &apos;%1&apos; (use %2)</source>
        <translation>nadzor report: непозната мера „%1“ (користите: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nadzor report: unknown map &apos;%1&apos; (use choropleth or heatmap)</source>
        <translation>nadzor report: непозната карта „%1“ (користите choropleth|heatmap)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nadzor report: unknown language &apos;%1&apos; (use %2)</source>
        <translation>nadzor report: непознат језик „%1“ (користите %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nadzor report: unknown locale &apos;%1&apos; (e.g. sr_RS, sr_Latn_RS, en_GB)</source>
        <translation>nadzor report: непознат локалитет „%1“ (нпр. sr_RS, sr_Latn_RS, en_GB)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>nadzor report: municipality &apos;%1&apos; is ambiguous in &apos;%2&apos;: %3; give its code instead</source>
        <translation>nadzor report: општина „%1“ није једнозначна у слоју „%2“: %3; наведите њен код</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nadzor report: no municipality &apos;%1&apos; in &apos;%2&apos;. Closest: %3</source>
        <translation>nadzor report: у слоју „%2“ нема општине „%1“. Најсличније: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>project file %1</source>
        <translation>датотека пројекта %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Camera density</source>
        <translation>Густина камера</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nadzor report: map of %1 x %2 pixels at %3 dpi written to %4.</source>
        <translation>nadzor report: карта од %1 x %2 пиксела при %3 dpi уписана је у %4.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>nadzor report: warning: photo skipped: %1</source>
        <translation>nadzor report: упозорење: фотографија је прескочена: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nadzor report: %1: %2 at %3 (%4); written to %5.</source>
        <translation>nadzor report: %1: %2, %3 (%4); уписано у %5.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nadzor report: %1 at %2 (%3) in %4 of &apos;%5&apos;; written to %6.</source>
        <translation>nadzor report: %1, %2 (%3); слој „%5“: %4; уписано у %6.</translation>
    </message>
    <message>
        <location filename="../../app/cli/purgecommand.cpp" line="+14"/>
        <source>Remove deleted photos from a project file for good.</source>
        <translation>Трајно уклања обрисане фотографије из датотеке пројекта.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nadzor purge PROJECT [--dry-run]

Deleted photos stay in the project file while their deletion can still be undone.
Purging removes them for good: their bytes are deleted and overwritten, the file is
compacted (VACUUM) and its -wal file emptied, so nothing of them is left in PROJECT
or PROJECT-wal. Run it before you hand a project on.

The purge is recorded in the journal and cannot be undone; the edits before it can no
longer be undone either (redo history is given up). Close the project in the map
window first.

Options:
  --dry-run  only say how many deleted photos the file still holds</source>
        <translation>nadzor purge ПРОЈЕКАТ [--dry-run]

Обрисане фотографије остају у датотеци пројекта док год њихово брисање може да се поништи.
Трајно уклањање их брише заувек: њихови бајтови се бришу и преписују, датотека се
сажима (VACUUM), а њена -wal датотека празни, тако да од њих ништа не остаје
ни у ПРОЈЕКАТ ни у његовој -wal датотеци. Покрените га пре него што пројекат предате другоме.

Трајно уклањање се бележи у дневнику и не може да се поништи; ни измене пре њега више
не могу да се пониште (историја понављања се одбацује). Прво затворите пројекат у
прозору са картом.

Опције:
  --dry-run  само каже колико обрисаних фотографија датотека још садржи</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>nadzor purge: %1: the project does not exist</source>
        <translation>nadzor purge: %1: пројекат не постоји</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 holds %n deleted photo(s) that can be purged.</source>
        <translation>
            <numerusform>%1 садржи %n обрисану фотографију која може трајно да се уклони.</numerusform>
            <numerusform>%1 садржи %n обрисане фотографије које могу трајно да се уклоне.</numerusform>
            <numerusform>%1 садржи %n обрисаних фотографија које могу трајно да се уклоне.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nadzor purge: %1; nothing was purged.</source>
        <translation>nadzor purge: %1; ништа није уклоњено.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Purged %n deleted photo(s) from %1; the file was compacted.</source>
        <translation>
            <numerusform>Трајно је уклоњена %n обрисана фотографија из %1; датотека је сажета.</numerusform>
            <numerusform>Трајно су уклоњене %n обрисане фотографије из %1; датотека је сажета.</numerusform>
            <numerusform>Трајно је уклоњено %n обрисаних фотографија из %1; датотека је сажета.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::domain</name>
    <message>
        <location filename="../../app/domain/camerafilter.cpp" line="+154"/>
        <source>manufacturer = %1</source>
        <translation>произвођач = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operator = %1</source>
        <translation>оператер = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type = %1</source>
        <translation>врста = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zone = %1</source>
        <translation>зона = %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>face recognition = %1</source>
        <translation>препознавање лица = %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>status = %1</source>
        <translation>статус = %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source = %1</source>
        <translation>извор = %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>observed %1 to %2</source>
        <translation>уочено од %1 до %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observed from %1</source>
        <translation>уочено од %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observed until %1</source>
        <translation>уочено до %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text contains &quot;%1&quot;</source>
        <translation>текст садржи „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all cameras except those marked removed</source>
        <translation>све камере осим оних означених као уклоњене</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>filter &apos;%1&apos;</source>
        <translation>филтер „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: expected key=value (keys: %2)</source>
        <translation>%1: очекује се кључ=вредност (кључеви: %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: unknown face recognition value &apos;%2&apos; (expected one of: %3)</source>
        <translation>%1: непозната вредност препознавања лица „%2“ (очекује се једна од: %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: unknown status &apos;%2&apos; (expected one of: %3)</source>
        <translation>%1: непознат статус „%2“ (очекује се један од: %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;%2&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>%1: „%2“ није датум (очекује се ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unknown key &apos;%2&apos; (keys: %3)</source>
        <translation>%1: непознат кључ „%2“ (кључеви: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>filter: &apos;from&apos; %1 is after &apos;to&apos; %2</source>
        <translation>филтер: „фром“ %1 је после „то“ %2</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.cpp" line="+52"/>
        <source>No face recognition</source>
        <translation>Без препознавања лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face recognition suspected</source>
        <translation>Сумња на препознавање лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face recognition confirmed</source>
        <translation>Препознавање лица потврђено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Face recognition unknown</source>
        <translation>Препознавање лица непознато</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>Оспорена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Уклоњена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unverified</source>
        <translation>Непроверена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/domain/plural.cpp" line="+19"/>
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n камера</numerusform>
            <numerusform>%n камере</numerusform>
            <numerusform>%n камера</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n локација</numerusform>
            <numerusform>%n локације</numerusform>
            <numerusform>%n локација</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фотографија</numerusform>
            <numerusform>%n фотографије</numerusform>
            <numerusform>%n фотографија</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::gdal</name>
    <message>
        <location filename="../../app/gdal/archiveguard.cpp" line="+25"/>
        <source>refused: the archive %1 (a &apos;zip bomb&apos;?); unpack it yourself if it is genuine</source>
        <translation>одбијено: архива %1 („зип бомба“?); ако је исправна, распакујте је сами</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has %1 entries, more than %2</source>
        <translation>има %1 ставки, више од %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expands to more than %1 MiB</source>
        <translation>се распакује у више од %1 МиБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expands %1 times (%2 MiB from %3 KiB)</source>
        <translation>се распакује %1 пута (%2 МиБ од %3 КиБ)</translation>
    </message>
</context>
<context>
    <name>nadzor::io</name>
    <message>
        <location filename="../../app/io/cameraexporter.cpp" line="+243"/>
        <source>internal error: %1 is not written through GDAL</source>
        <translation>интерна грешка: %1 се не уписује преко GDAL-а</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL нема управљачки програм %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the file</source>
        <translation>датотека не може да се направи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the cameras layer</source>
        <translation>слој камера не може да се направи</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>cannot create column %1</source>
        <translation>колона %1 не може да се направи</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot write camera %1</source>
        <translation>камера %1 не може да се упише</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>cannot finish writing</source>
        <translation>упис не може да се заврши</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the whole file: the disk is full or the file could not be written (nothing was exported)</source>
        <translation>цела датотека не може да се упише: диск је пун или упис није успео (ништа није извезено)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot replace the file with the finished export</source>
        <translation>датотека не може да се замени завршеним извозом</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write: %1</source>
        <translation>упис није могућ: %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../../app/io/cameraimporter.cpp" line="+768"/>
        <location line="+14"/>
        <source>unexpected error: %1</source>
        <translation>неочекивана грешка: %1</translation>
    </message>
    <message>
        <location filename="../../app/io/cameraimporter.cpp" line="-687"/>
        <source>has no geometry</source>
        <translation>нема геометрију</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>has an empty geometry</source>
        <translation>има празну геометрију</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a %1; only points and multipoints can be cameras (convert other geometries to points before importing)</source>
        <translation>је %1; камере могу бити само тачке и мултитачке (претворите остале геометрије у тачке пре увоза)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>unknown encoding &apos;%1&apos; (try UTF-8, CP1250, ISO-8859-2, ...)</source>
        <translation>непознато кодирање „%1“ (пробајте UTF-8, CP1250, ИСО-8859-2, ...)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a file of cameras that Nadzor can read (%1)</source>
        <translation>није датотека камера коју Надзор може да прочита (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write the OSM driver&apos;s configuration to %1</source>
        <translation>подешавања OSM управљачког програма не могу да се упишу у %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--encoding applies to CSV and Shapefile only; %1 files are read as UTF-8</source>
        <translation>--encoding важи само за CSV и Shapefile; датотеке %1 читају се као UTF-8</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot be read as %1%2</source>
        <translation>не може да се прочита као %1%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not valid JSON: %1 at column %2%3</source>
        <translation>неисправан JSON: %1 у колони %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the file ends too early: is it truncated?)</source>
        <translation> (датотека се завршава прерано: да ли је одсечена?)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot transform coordinates from %1 to WGS84%2</source>
        <translation>координате не могу да се прерачунају из %1 у WGS84%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file&apos;s CRS</source>
        <translation>CRS датотеке</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1coordinates are not numbers (%2, %3)</source>
        <translation>%1координате нису бројеви (%2, %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1coordinates (%2, %3) cannot be transformed to WGS84%4</source>
        <translation>%1координате (%2, %3) не могу да се прерачунају у WGS84%4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1coordinates out of range: longitude %2, latitude %3 (longitude must be within -180..180 and latitude within -90..90 degrees)</source>
        <translation>%1координате ван опсега: дужина %2, ширина %3 (дужина мора бити у опсегу -180..180, а ширина -90..90 степени)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the column names are not UTF-8 text; name the file&apos;s encoding with --encoding (e.g. --encoding CP1250)</source>
        <translation>називи колона нису UTF-8 текст; наведите кодирање датотеке помоћу --encoding (нпр. --encoding CP1250)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no coordinate columns: expected latitude and longitude columns (lat/latitude/y and lon/lng/longitude/x) or a wkt column, found: %1. Name them with --map COLUMN=lat --map COLUMN=lon or --map COLUMN=wkt</source>
        <translation>нема колона координата: очекују се колоне географске ширине и дужине (lat/latitude/y и lon/lng/longitude/x) или колона wkt, пронађено: %1. Наведите их помоћу --map КОЛОНА=lat --map КОЛОНА=lon или --map КОЛОНА=wkt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>feature %1: </source>
        <translation>објекат %1: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1column &apos;%2&apos; is not UTF-8 text; name the file&apos;s encoding with --encoding (e.g. --encoding CP1250)</source>
        <translation>%1колона „%2“ није UTF-8 текст; наведите кодирање датотеке помоћу --encoding (нпр. --encoding CP1250)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>column &apos;%1&apos; is not WKT geometry: &apos;%2&apos;</source>
        <translation>колона „%1“ није WKT геометрија: „%2“</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>no coordinates: column &apos;%1&apos; is empty</source>
        <translation>нема координата: колона „%1“ је празна</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>latitude &apos;%1&apos; in column &apos;%2&apos; is not a number</source>
        <translation>географска ширина „%1“ у колони „%2“ није број</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>longitude &apos;%1&apos; in column &apos;%2&apos; is not a number</source>
        <translation>географска дужина „%1“ у колони „%2“ није број</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>columns &apos;%1&apos; and &apos;%2&apos; have no names; read them as latitude and longitude (swap them with --map %1=lon --map %2=lat)</source>
        <translation>колоне „%1“ и „%2“ немају називе; читају се као ширина и дужина (замените их помоћу --map %1=lon --map %2=lat)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>after row %1: </source>
        <translation>после реда %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after feature %1: </source>
        <translation>после објекта %1: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the OSM file has no points layer</source>
        <translation>OSM датотека нема слој тачака</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GDAL&apos;s OSM driver did not give the tags of the nodes</source>
        <translation>OSM управљачки програм GDAL-а није дао ознаке чворова</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>node %1: </source>
        <translation>чвор %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read its tags</source>
        <translation>његове ознаке не могу да се прочитају</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>skipped %1 tagged nodes that are not man_made=surveillance or highway=speed_camera</source>
        <translation>прескочени означени чворови који нису man_made=surveillance ни highway=speed_camera: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no such file</source>
        <translation>датотека не постоји</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty</source>
        <translation>датотека је празна</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown CRS &apos;%1&apos; (give it as EPSG:NNNN, a PROJ string or WKT)</source>
        <translation>непознат CRS „%1“ (наведите га као EPSG:НННН, PROJ низ или WKT)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OSM files are read from their points layer only</source>
        <translation>OSM датотеке читају се само из слоја тачака</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no layer &apos;%1&apos;; the file has: %2</source>
        <translation>нема слоја „%1“; датотека има: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>layer &apos;%1&apos;: </source>
        <translation>слој „%1“: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no cameras found (the file has no point features)</source>
        <translation>није пронађена ниједна камера (датотека нема тачкасте објекте)</translation>
    </message>
    <message>
        <location filename="../../app/io/fieldmapper.cpp" line="+129"/>
        <source>an OSM key (surveillance, surveillance:type,
surveillance:zone, camera:type, camera:mount, camera:direction,
camera:angle, camera:tilt, height, operator, manufacturer, model,
source, note, survey:date, nadzor:status, ...), or type,
direction, mount, zone, angle, tilt, notes, date, address,
description, uuid, site_uuid, lat, lon, wkt, tag:KEY (a free
tag) or ignore</source>
        <translation>OSM кључ (surveillance, surveillance:type,
surveillance:zone, camera:type, camera:mount, camera:direction,
camera:angle, camera:tilt, height, operator, manufacturer, model,
source, note, survey:date, nadzor:status, ...), или type,
direction, mount, zone, angle, tilt, notes, date, address,
description, uuid, site_uuid, lat, lon, wkt, tag:КЉУЧ (слободна
ознака) или ignore</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--map %1=%2: &apos;%2&apos; is not a field Nadzor knows; use one of: %3</source>
        <translation>--map %1=%2: „%2“ није поље које Надзор познаје; користите једно од: %3</translation>
    </message>
    <message>
        <location filename="../../app/io/sitegrouper.cpp" line="+96"/>
        <location filename="../../app/io/streaminggrouper.cpp" line="+66"/>
        <source>cameras at %1, %2 give different %3s (&apos;%4&apos; and &apos;%5&apos;); kept &apos;%4&apos;</source>
        <translation>камере на %1, %2 имају различите вредности поља %3 („%4“ и „%5“); задржано „%4“</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/io/streaminggrouper.cpp" line="-42"/>
        <source>... and %1 more warnings like these</source>
        <translation>... и још оваквих упозорења: %1</translation>
    </message>
</context>
<context>
    <name>nadzor::maps::BoundaryLayer</name>
    <message>
        <location filename="../../maps/boundarylayer.cpp" line="+43"/>
        <source>Boundaries</source>
        <translation>Границе</translation>
    </message>
</context>
<context>
    <name>nadzor::maps::CameraLayer</name>
    <message>
        <location filename="../../maps/cameralayer.cpp" line="+74"/>
        <source>Cameras</source>
        <translation>Камере</translation>
    </message>
</context>
<context>
    <name>nadzor::maps::ChoroplethLayer</name>
    <message>
        <location filename="../../maps/choroplethlayer.cpp" line="+52"/>
        <source>Choropleth</source>
        <translation>Короплетна карта</translation>
    </message>
</context>
<context>
    <name>nadzor::maps::HeatmapLayer</name>
    <message>
        <location filename="../../maps/heatmaplayer.cpp" line="+58"/>
        <source>Heatmap</source>
        <translation>Топлотна карта</translation>
    </message>
</context>
<context>
    <name>nadzor::maps::ScaleBar</name>
    <message>
        <location filename="../../maps/scalebar.cpp" line="+41"/>
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
</context>
<context>
    <name>nadzor::maps::TileLayer</name>
    <message>
        <location filename="../../maps/tilelayer.cpp" line="+14"/>
        <source>Tiles</source>
        <translation>Плочице</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Offline — showing cached tiles</source>
        <translation>Ван мреже — приказују се сачуване плочице</translation>
    </message>
</context>
<context>
    <name>nadzor::merge</name>
    <message>
        <location filename="../../app/merge/cameracomparison.cpp" line="+37"/>
        <source>same manufacturer (%1)</source>
        <translation>исти произвођач (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different manufacturer (%1 / %2)</source>
        <translation>различит произвођач (%1 / %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same camera type (%1)</source>
        <translation>исти тип камере (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different camera type (%1 / %2)</source>
        <translation>различит тип камере (%1 / %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same model (%1)</source>
        <translation>исти модел (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different model (%1 / %2)</source>
        <translation>различит модел (%1 / %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same mount (%1)</source>
        <translation>иста монтажа (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different mount (%1 / %2)</source>
        <translation>различита монтажа (%1 / %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same surveillance type (%1)</source>
        <translation>иста врста надзора (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different surveillance type (%1 / %2)</source>
        <translation>различита врста надзора (%1 / %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same operator (%1)</source>
        <translation>исти оператер (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different operator (%1 / %2)</source>
        <translation>различит оператер (%1 / %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same zone (%1)</source>
        <translation>иста зона (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different zone (%1 / %2)</source>
        <translation>различита зона (%1 / %2)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>direction within 30%1 (%2, %3 apart)</source>
        <translation>смер унутар 30%1 (%2, разлика %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different direction (%1, %2 apart)</source>
        <translation>различит смер (%1, разлика %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>height within 1 m</source>
        <translation>висина унутар 1 м</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different height (%1 m / %2 m)</source>
        <translation>различита висина (%1 м / %2 м)</translation>
    </message>
    <message>
        <location filename="../../app/merge/mergeapplier.cpp" line="+79"/>
        <source>cannot merge into site %1: %2 (plan the merge again)</source>
        <translation>спајање у локацију %1 није могуће: %2 (поново испланирајте спајање)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nothing new to merge from %1</source>
        <translation>Нема ничег новог за спајање из %1</translation>
    </message>
    <message>
        <location filename="../../app/merge/mergeplan.cpp" line="+29"/>
        <source>there is no merge item %1 (the plan has %2)</source>
        <translation>нема ставке спајања %1 (план их има %2)</translation>
    </message>
    <message>
        <location filename="../../app/merge/mergeplanner.cpp" line="+32"/>
        <source>%1 m apart</source>
        <translation>размак %1 м</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no cameras to compare</source>
        <translation>нема камера за поређење</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no camera attributes to compare</source>
        <translation>нема атрибута камера за поређење</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>same site uuid</source>
        <translation>исти ууид локације</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>same camera uuid (%1 of %2 cameras)</source>
        <translation>исти ууид камере (%1 од %2 камера)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>identical: nothing new</source>
        <translation>идентично: ништа ново</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new camera(s)</source>
        <translation>
            <numerusform>%n нова камера</numerusform>
            <numerusform>%n нове камере</numerusform>
            <numerusform>%n нових камера</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n camera(s) matched</source>
        <translation>
            <numerusform>%n камера упарена</numerusform>
            <numerusform>%n камере упарене</numerusform>
            <numerusform>%n камера упарено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new photos</source>
        <translation>нове фотографије</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing new</source>
        <translation>ништа ново</translation>
    </message>
    <message>
        <location filename="../../app/merge/mergesource.cpp" line="+51"/>
        <source>the file does not exist</source>
        <translation>датотека не постоји</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be read</source>
        <translation>датотека не може да се прочита</translation>
    </message>
    <message>
        <location filename="../../app/merge/sitemerger.cpp" line="+40"/>
        <source>kept %1 &quot;%2&quot; (incoming &quot;%3&quot;)</source>
        <translation>%1: задржано „%2“ (пристигло „%3“)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>camera %1</source>
        <translation>камера %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of camera %2</source>
        <translation>%1 камере %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>surveillance</source>
        <translation>надзирани простор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surveillance type</source>
        <translation>врста надзора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera type</source>
        <translation>тип камере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mount</source>
        <translation>монтажа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direction</source>
        <translation>смер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator</source>
        <translation>оператер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manufacturer</source>
        <translation>произвођач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model</source>
        <translation>модел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>извор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>белешке</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kept %1 %2 (incoming %3)</source>
        <translation>%1: задржано %2 (пристигло %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>field of view</source>
        <translation>видно поље</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilt</source>
        <translation>нагиб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>height</source>
        <translation>висина</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kept %1 face recognition %2 (incoming %3)</source>
        <translation>задржано препознавање лица за %1: %2 (пристигло %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kept %1 status %2 (incoming %3)</source>
        <translation>задржан статус за %1: %2 (пристигло %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kept %1 observed %2 (incoming %3)</source>
        <translation>задржан датум уочавања за %1: %2 (пристигло %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept %1 tag %2=%3 (incoming %4)</source>
        <translation>задржана ознака за %1: %2=%3 (пристигло %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>address</source>
        <translation>адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>опис</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>camera %1 is already in the project at another site; left there</source>
        <translation>камера %1 је већ у пројекту на другој локацији; остављена је тамо</translation>
    </message>
</context>
<context>
    <name>nadzor::report</name>
    <message>
        <location filename="../../app/report/reportfile.h" line="+24"/>
        <source>cannot write: %1</source>
        <translation>упис није могућ: %1</translation>
    </message>
</context>
<context>
    <name>nadzor::report::DensityReport</name>
    <message>
        <location filename="../../app/report/densityreport.cpp" line="+25"/>
        <source>Surveillance cameras by municipality</source>
        <translation>Надзорне камере по општинама</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Camera data</source>
        <translation>Подаци о камерама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cameras at %2 sites that pass the filter, as recorded in %3. The figures count the cameras recorded there, not every camera that exists: a municipality with few recorded cameras may simply have been surveyed less.</source>
        <translation>Број камера које пролазе филтер: %1 (локација: %2), према евиденцији у: %3. Бројеви обухватају забележене камере, не сваку камеру која постоји: општина са мало забележених камера можда је само мање обиђена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the project</source>
        <translation>пројекат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Филтер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Boundaries</source>
        <translation>Границе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2 boundaries. %3</source>
        <translation>%1: граница: %2. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer names no source.</source>
        <translation>Слој не наводи извор.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Population</source>
        <translation>Становништво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population figures for %1, as given by the boundary layer&apos;s source.</source>
        <translation>Број становника за %1, према извору слоја граница.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The boundary layer does not state the year of its population figures.</source>
        <translation>Слој граница не наводи годину на коју се односи број становника.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known for %1 of %2 boundaries.</source>
        <translation>Познато за %1 од %2 граница.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Areas</source>
        <translation>Површине</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Areas in km² as given by the boundary layer or, where it gives none, computed on the WGS84 ellipsoid. Known for %1 of %2 boundaries.</source>
        <translation>Површине у км² према слоју граница или, где их он не даје, израчунате на елипсоиду WGS84. Познате за %1 од %2 граница.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting rule</source>
        <translation>Правило бројања</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A camera counts when it passes the filter; a site counts when at least one of its cameras passes. Every site is given to exactly one boundary, so no camera is counted twice. %1</source>
        <translation>Камера се броји када пролази филтер; локација се броји када бар једна њена камера пролази. Свака локација припада тачно једној граници, па се ниједна камера не броји двапут. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Densities</source>
        <translation>Густине</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cameras per km² = cameras ÷ area; cameras per 1,000 inhabitants = cameras ÷ population × 1,000; inhabitants per camera = population ÷ cameras. “%1” where the area or population is unknown or no camera was counted.</source>
        <translation>Камера по км² = камере ÷ површина; камера на 1.000 становника = камере ÷ број становника × 1.000; становника по камери = број становника ÷ камере. „%1“ где површина или број становника нису познати или није избројана ниједна камера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outside every boundary</source>
        <translation>Ван свих граница</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: every counted camera lies inside a boundary of the layer.</source>
        <translation>Нема их: свака избројана камера налази се унутар неке границе слоја.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cameras at %2 sites lie outside every boundary of the layer. They are in the totals above but in no municipality&apos;s row.</source>
        <translation>Број камера ван свих граница слоја: %1 (локација: %2). Урачунате су у укупне бројеве изнад, али ни у један ред општине.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in up to five classes by natural breaks (Jenks); darker means more surveillance; grey where there is no value.</source>
        <translation>%1 у највише пет класа по природним преломима (Jenks); тамније значи више надзора; сиво где нема вредности.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kernel density of the counted cameras (quartic kernel, radius %1 km), in cameras per km², clipped to the boundaries.</source>
        <translation>Кернелска густина избројаних камера (квартично језгро, полупречник %1 км), у камерама по км², исечена по границама.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated</source>
        <translation>Направљено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 by Nadzor %2.</source>
        <translation>%1, Надзор %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · %2 · generated %3</source>
        <translation>%1 · %2 · направљено %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cameras counted</source>
        <translation>избројаних камера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sites (poles, facades, corners)</source>
        <translation>локација (стубови, фасаде, углови)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 од %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipalities with at least one camera</source>
        <translation>општина са бар једном камером</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cameras outside every boundary</source>
        <translation>камера ван свих граница</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map: %1 by municipality.</source>
        <translation>Карта: %1 по општинама.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: density of the counted cameras (kernel radius %1 km).</source>
        <translation>Карта: густина избројаних камера (полупречник језгра %1 км).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Municipalities by %1</source>
        <translation>Општине по показатељу: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Општина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by %1, densest first; “%2”: unknown. Cameras outside every boundary (%3) are not in any row.</source>
        <translation>Поређано по показатељу %1, најгушће прво; „%2“: непознато. Камере ван свих граница (%3) нису ни у једном реду.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manufacturers and operators</source>
        <translation>Произвођачи и оператери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 counted cameras, inside or outside the boundaries.</source>
        <translation>Све избројане камере (%1), унутар или ван граница.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Произвођач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Оператер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Methodology and sources</source>
        <translation>Методологија и извори</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generated %1 by Nadzor %2. %3</source>
        <translation>Направљено %1, Надзор %2. %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Generated %1 · Nadzor %2</source>
        <translation>Направљено %1 · Надзор %2</translation>
    </message>
</context>
<context>
    <name>nadzor::report::FactSheet</name>
    <message>
        <location filename="../../app/report/factsheet.cpp" line="+30"/>
        <source>%1: surveillance cameras</source>
        <translation>%1: надзорне камере</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>not an image Nadzor can read: %1</source>
        <translation>није слика коју Надзор може да прочита: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Fact sheet · %1 · %2 · generated %3</source>
        <translation>Информативни лист · %1 · %2 · направљено %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cameras</source>
        <translation>камера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sites</source>
        <translation>локација</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 by %3</source>
        <translation>%1. од %2 по показатељу: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area %1 km², population %2%3.</source>
        <translation>Површина %1 км², број становника %2%3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rank among the %1 municipalities (1 = most surveilled): %2.</source>
        <translation>Место међу општинама (%1) (1 = највише надзора): %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map: %1 and its %2 counted cameras; cones show the field of view where the direction is known. %3</source>
        <translation>Карта: %1 и избројане камере (%2); купе приказују видно поље где је смер познат. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manufacturer</source>
        <translation>Произвођач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Оператер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos from the project (re-encoded; their original files and metadata are not included).</source>
        <translation>Фотографије из пројекта (поново кодиране; оригиналне датотеке и метаподаци нису укључени).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources and method. Cameras: %1, %2 (%3); the figures count recorded cameras, not every camera that exists. Counting: a camera counts when it passes the filter; each site is given to exactly one municipality: %4 Ranks compare the municipalities that have a value. Generated %5 by Nadzor %6.</source>
        <translation>Извори и метод. Камере: %1, %2 (%3); бројеви обухватају забележене камере, не сваку камеру која постоји. Бројање: камера се броји када пролази филтер; свака локација припада тачно једној општини: %4 Рангови пореде општине које имају вредност. Направљено %5, Надзор %6.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the project</source>
        <translation>пројекат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filter: %1</source>
        <translation>филтер: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cameras in all, %2 outside every boundary</source>
        <translation>укупно камера: %1, ван свих граница: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Generated %1 · Nadzor %2</source>
        <translation>Направљено %1 · Надзор %2</translation>
    </message>
</context>
<context>
    <name>nadzor::report::HtmlBuilder</name>
    <message>
        <location filename="../../app/report/htmlbuilder.cpp" line="+172"/>
        <source>Photo %1</source>
        <translation>Фотографија %1</translation>
    </message>
</context>
<context>
    <name>nadzor::report::MapImageExporter</name>
    <message>
        <location filename="../../app/report/mapimageexporter.cpp" line="+34"/>
        <source>an image of %1 x %2 pixels is beyond the largest export (A3 at 300 dpi, 4961 x 3508)</source>
        <translation>слика од %1 x %2 пиксела већа је од највећег извоза (A3 на 300 dpi, 4961 x 3508)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 dpi is outside 36 to 1200 dpi</source>
        <translation>%1 dpi је ван опсега од 36 до 1200 dpi</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>not enough memory for an image of %1 x %2 pixels</source>
        <translation>нема довољно меморије за слику од %1 x %2 пиксела</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+15"/>
        <source>cannot write: %1</source>
        <translation>упис није могућ: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>cannot encode the PNG: %1</source>
        <translation>PNG не може да се кодира: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot start the SVG</source>
        <translation>SVG не може да се започне</translation>
    </message>
</context>
<context>
    <name>nadzor::report::Metrics</name>
    <message>
        <location filename="../../app/report/metric.cpp" line="+37"/>
        <location line="+12"/>
        <source>Cameras</source>
        <translation>Камере</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cameras per km²</source>
        <translation>Камера по км²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameras per 1,000 inhabitants</source>
        <translation>Камера на 1.000 становника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inhabitants per camera</source>
        <translation>Становника по камери</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Sites</source>
        <translation>Локације</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>per km²</source>
        <translation>по км²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per 1,000 inh.</source>
        <translation>на 1.000 стан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inh. per camera</source>
        <translation>стан. по камери</translation>
    </message>
</context>
<context>
    <name>nadzor::report::PdfLayout</name>
    <message>
        <location filename="../../app/report/pdflayout.cpp" line="+121"/>
        <source>Page %1 of %2</source>
        <translation>Страна %1 од %2</translation>
    </message>
    <message>
        <location line="+355"/>
        <location line="+30"/>
        <source>cannot write: %1</source>
        <translation>упис није могућ: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>cannot start the PDF</source>
        <translation>PDF не може да се започне</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot finish the PDF</source>
        <translation>PDF не може да се заврши</translation>
    </message>
</context>
<context>
    <name>nadzor::report::ReportMap</name>
    <message>
        <location filename="../../app/report/reportmap.cpp" line="+60"/>
        <source>Boundaries</source>
        <translation>Границе</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outlines</source>
        <translation>Обриси</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>No cameras or population unknown</source>
        <translation>Нема камера или је број становника непознат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>Нема података</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Camera density</source>
        <translation>Густина камера</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cameras per km² (kernel density)</source>
        <translation>Камера по км² (кернелска густина)</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+11"/>
        <source>Cameras</source>
        <translation>Камере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unverified</source>
        <translation>Непроверена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disputed</source>
        <translation>Оспорена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Уклоњена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field of view (where known)</source>
        <translation>Видно поље (где је познато)</translation>
    </message>
</context>
<context>
    <name>nadzor::report::ReportTables</name>
    <message>
        <location filename="../../app/report/reporttables.cpp" line="+57"/>
        <source>#</source>
        <translation>бр.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area (km²)</source>
        <translation>Површина (км²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>Становништво</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All (%1)</source>
        <translation>Све (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Share</source>
        <translation>Удео</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown</source>
        <translation>непознато</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Others (%1)</source>
        <translation>Остали (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cameras</source>
        <translation>нема камера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Укупно</translation>
    </message>
</context>
<context>
    <name>nadzor::store</name>
    <message>
        <location filename="../../app/store/importsession.cpp" line="+50"/>
        <source>start the import</source>
        <translation>започињање увоза</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import in progress: %1</source>
        <translation>Увоз у току: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/store/siteindexloader.cpp" line="+46"/>
        <location line="+6"/>
        <source>cannot prepare the import: %1</source>
        <translation>увоз не може да се припреми: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+97"/>
        <location line="+25"/>
        <location line="+34"/>
        <source>the import is no longer open</source>
        <translation>увоз више није отворен</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>site position (%1, %2) is not a WGS84 longitude and latitude</source>
        <translation>положај локације (%1, %2) није WGS84 географска дужина и ширина</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a site needs at least one camera</source>
        <translation>локацији треба бар једна камера</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+16"/>
        <location line="+55"/>
        <location line="+37"/>
        <source>the import was rolled back: %1</source>
        <translation>увоз је поништен: %1</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>cannot import the site: %1</source>
        <translation>локација не може да се увезе: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot import a camera of the site: %1</source>
        <translation>камера локације не може да се увезе: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot import a camera of site %1: %2</source>
        <translation>камера локације %1 не може да се увезе: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot update an imported site: %1</source>
        <translation>увезена локација не може да се ажурира: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot update imported site %1: %2</source>
        <translation>увезена локација %1 не може да се ажурира: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site %1 is not one of this import&apos;s sites</source>
        <translation>локација %1 није једна од локација овог увоза</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Imported %1 with %2: %3</source>
        <translation>Увезено %1 са %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>cannot commit the import: %1</source>
        <translation>увоз не може да се потврди: %1</translation>
    </message>
    <message>
        <location filename="../../app/store/photosanitizer.cpp" line="+123"/>
        <source>not an image that can be read (JPEG, PNG, WebP, ...)</source>
        <translation>није слика која може да се прочита (JPEG, PNG, WebP, ...)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not an image that can be read</source>
        <translation>није слика која може да се прочита</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot convert the image to PNG</source>
        <translation>слика не може да се претвори у PNG</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the image&apos;s metadata</source>
        <translation>метаподаци слике не могу да се прочитају</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>cannot read the stripped image back</source>
        <translation>очишћена слика не може поново да се прочита</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>cannot strip the image&apos;s metadata: %1</source>
        <translation>метаподаци слике не могу да се уклоне: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the image no longer decodes after its metadata was stripped</source>
        <translation>слика више не може да се декодира после уклањања метаподатака</translation>
    </message>
    <message>
        <location filename="../../app/store/projectlock.cpp" line="+74"/>
        <source>cannot create the lock file %1: %2</source>
        <translation>датотека закључавања %1 не може да се направи: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot lock %1: %2</source>
        <translation>%1 не може да се закључа: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot write the lock file %1: %2</source>
        <translation>датотека закључавања %1 не може да се упише: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot take the lock file %1 (it keeps being replaced)</source>
        <translation>датотека закључавања %1 не може да се преузме (стално се замењује)</translation>
    </message>
    <message>
        <location filename="../../app/store/projectstore.cpp" line="+71"/>
        <source>the file is read-only</source>
        <translation>датотека је само за читање</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is on a read-only medium</source>
        <translation>налази се на медију само за читање</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its folder is not writable (SQLite keeps the -wal and -shm files beside it)</source>
        <translation>у њену фасциклу не може да се уписује (SQLite држи датотеке -wal и -shm поред ње)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <location line="+209"/>
        <source>cannot open the project: %1</source>
        <translation>пројекат не може да се отвори: %1</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>no such file</source>
        <translation>датотека не постоји</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a file</source>
        <translation>није датотека</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the file: %1</source>
        <translation>датотека не може да се прочита: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a Nadzor project (not an SQLite database)</source>
        <translation>није Надзор пројекат (није SQLite база)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project file is damaged (truncated to %1 bytes)</source>
        <translation>датотека пројекта је оштећена (скраћена на %1 бајтова)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the project file is damaged (%1)</source>
        <translation>датотека пројекта је оштећена (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the project: %1</source>
        <translation>пројекат не може да се прочита: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a Nadzor project (an SQLite database of another application)</source>
        <translation>није Надзор пројекат (SQLite база другог програма)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Nadzor project (an SQLite database of another application, application_id 0x%1)</source>
        <translation>није Надзор пројекат (SQLite база другог програма, application_id 0x%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this project was written by a newer version of Nadzor (schema version %1; this version knows up to %2). Please update Nadzor to open it.</source>
        <translation>овај пројекат је написала новија верзија Надзора (верзија шеме %1; ова верзија познаје до %2). Ажурирајте Надзор да бисте га отворили.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not a Nadzor project (tables are missing)</source>
        <translation>није Надзор пројекат (недостају табеле)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot create the project: the file already exists</source>
        <translation>пројекат не може да се направи: датотека већ постоји</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the project: %1</source>
        <translation>пројекат не може да се направи: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not a Nadzor project (the file is empty)</source>
        <translation>није Надзор пројекат (датотека је празна)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project uses an older schema (version %1) and must be opened for writing once to be upgraded to version %2</source>
        <translation>пројекат користи старију шему (верзија %1) и мора једном да се отвори за упис да би се надоградио на верзију %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open the project for writing: %1. Open it read-only to view it.</source>
        <translation>пројекат не може да се отвори за упис: %1. Отворите га само за читање да бисте га прегледали.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pid %1 on host %2</source>
        <translation>пид %1 на рачунару %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock file %1</source>
        <translation>датотека закључавања %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open in another Nadzor (%2)</source>
        <translation>%1 је отворен у другом Надзору (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; close it there first</source>
        <translation>%1; прво га затворите тамо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; opened read-only</source>
        <translation>; отворен само за читање</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot switch the project to WAL journal mode: %1</source>
        <translation>пројекат не може да се пребаци у WAL режим дневника: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>configure the connection</source>
        <translation>подешавање везе</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write the project&apos;s details: %1</source>
        <translation>подаци о пројекту не могу да се упишу: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+6"/>
        <location filename="../../app/store/sqlitehandle.cpp" line="+33"/>
        <source>cannot %1: %2</source>
        <extracomment>%1 is an action such as &quot;delete site 12&quot;, %2 the database&apos;s reason</extracomment>
        <translation>није успело (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot %1: the project is open read-only</source>
        <translation>није успело (%1): пројекат је отворен само за читање</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot %1: an import is in progress</source>
        <translation>није успело (%1): увоз је у току</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot prepare a query: %1</source>
        <translation>упит не може да се припреми: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no table %1 in the project</source>
        <translation>у пројекту нема табеле %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <source>read %1 rows for the journal</source>
        <translation>читање редова табеле %1 за дневник</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>give up the redo history</source>
        <translation>одбацивање историје понављања</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>write the journal entry</source>
        <translation>упис ставке дневника</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+24"/>
        <source>restore a %1 row</source>
        <translation>враћање реда табеле %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+26"/>
        <source>restore %1 %2</source>
        <translation>враћање: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot restore %1 %2: the row is missing (journal out of step)</source>
        <translation>%1 %2 не може да се врати: ред недостаје (дневник није усклађен)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove %1 %2</source>
        <translation>уклањање: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot remove %1 %2: the row is missing (journal out of step)</source>
        <translation>%1 %2 не може да се уклони: ред недостаје (дневник није усклађен)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>keep the %1 rows for undo</source>
        <translation>чување редова табеле %1 за поништавање</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>restore the %1 rows</source>
        <translation>враћање редова табеле %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>undo the import</source>
        <translation>поништавање увоза</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>remove boundary layer %1</source>
        <translation>уклањање слоја граница %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>undo</source>
        <translation>поништавање</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo</source>
        <translation>понављање</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nothing to undo</source>
        <translation>нема шта да се поништи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing to redo</source>
        <translation>нема шта да се понови</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>mark journal entry %1</source>
        <translation>означавање ставке дневника %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>read the journal</source>
        <translation>читање дневника</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>site %1 (%2)</source>
        <translation>локација %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site %1 at %2, %3</source>
        <translation>локација %1 на %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot add the site: its position (%1, %2) is not a WGS84 longitude and latitude</source>
        <translation>локација не може да се дода: њен положај (%1, %2) није WGS84 географска дужина и ширина</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add a site</source>
        <translation>додавање локације</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>add the site</source>
        <translation>додавање локације</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>add a camera of the site</source>
        <translation>додавање камере локације</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Added %1 with %n camera(s)</source>
        <translation>
            <numerusform>Додата %1 са %n камером</numerusform>
            <numerusform>Додата %1 са %n камере</numerusform>
            <numerusform>Додата %1 са %n камера</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot update site %1: its position (%2, %3) is not a WGS84 longitude and latitude</source>
        <translation>локација %1 не може да се ажурира: њен положај (%2, %3) није WGS84 географска дужина и ширина</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <location filename="../../app/store/projectstoremerge.cpp" line="+86"/>
        <source>update site %1</source>
        <translation>ажурирање локације %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>cannot update site %1: there is no such site</source>
        <translation>локација %1 не може да се ажурира: та локација не постоји</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>update_site</source>
        <translation>ажурирање локације</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delete site %1</source>
        <translation>брисање локације %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot delete site %1: there is no such site</source>
        <translation>локација %1 не може да се обрише: та локација не постоји</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Deleted site %1 with %n camera(s)</source>
        <translation>
            <numerusform>Обрисана локација %1 са %n камером</numerusform>
            <numerusform>Обрисана локација %1 са %n камере</numerusform>
            <numerusform>Обрисана локација %1 са %n камера</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Deleted site %1 (%2) with %n camera(s)</source>
        <translation>
            <numerusform>Обрисана локација %1 (%2) са %n камером</numerusform>
            <numerusform>Обрисана локација %1 (%2) са %n камере</numerusform>
            <numerusform>Обрисана локација %1 (%2) са %n камера</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>add a camera</source>
        <translation>додавање камере</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot add the camera: there is no site %1</source>
        <translation>камера не може да се дода: нема локације %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>add the camera</source>
        <translation>додавање камере</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added camera %1 at site %2</source>
        <translation>Додата камера %1 на локацији %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <location filename="../../app/store/projectstoremerge.cpp" line="+22"/>
        <source>update camera %1</source>
        <translation>ажурирање камере %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>cannot update camera %1: there is no such camera</source>
        <translation>камера %1 не може да се ажурира: та камера не постоји</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot update camera %1: there is no site %2</source>
        <translation>камера %1 не може да се ажурира: нема локације %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed camera %1 at site %2</source>
        <translation>Измењена камера %1 на локацији %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delete camera %1</source>
        <translation>брисање камере %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot delete camera %1: there is no such camera</source>
        <translation>камера %1 не може да се обрише: та камера не постоји</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted camera %1 at site %2</source>
        <translation>Обрисана камера %1 на локацији %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read the cameras of site %1</source>
        <translation>читање камера локације %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no site %1</source>
        <translation>нема локације %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read site %1</source>
        <translation>читање локације %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>there is no camera %1</source>
        <translation>нема камере %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read camera %1</source>
        <translation>читање камере %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+17"/>
        <location filename="../../app/store/siteindexloader.cpp" line="+213"/>
        <location line="+11"/>
        <source>read the sites</source>
        <translation>читање локација</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>read the cameras</source>
        <translation>читање камера</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+10"/>
        <source>search the sites in a box</source>
        <translation>претрага локација у правоугаонику</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>start an import</source>
        <translation>започињање увоза</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>add a photo</source>
        <translation>додавање фотографије</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot add the photo: it must belong to exactly one site or one camera</source>
        <translation>фотографија не може да се дода: мора припадати тачно једној локацији или једној камери</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot add the photo: there is no %1 %2</source>
        <translation>фотографија не може да се дода: нема објекта %1 %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>add the photo</source>
        <translation>додавање фотографије</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added photo %1 to site %2</source>
        <translation>Додата фотографија %1 локацији %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added photo %1 to camera %2</source>
        <translation>Додата фотографија %1 камери %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>read photos</source>
        <translation>читање фотографија</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>delete photo %1</source>
        <translation>брисање фотографије %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot delete photo %1: there is no such photo</source>
        <translation>фотографија %1 не може да се обрише: та фотографија не постоји</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted photo %1</source>
        <translation>Обрисана фотографија %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>save the boundary layer</source>
        <translation>чување слоја граница</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>save boundary %1</source>
        <translation>чување границе %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Added boundary layer %1 with %n boundary(ies)</source>
        <translation>
            <numerusform>Додат слој граница %1 са %n границом</numerusform>
            <numerusform>Додат слој граница %1 са %n границе</numerusform>
            <numerusform>Додат слој граница %1 са %n граница</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>read the boundary layers</source>
        <translation>читање слојева граница</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>boundary %1 (%2) has a damaged geometry</source>
        <translation>граница %1 (%2) има оштећену геометрију</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>delete boundary layer %1</source>
        <translation>брисање слоја граница %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot delete boundary layer %1: there is no such layer</source>
        <translation>слој граница %1 не може да се обрише: тај слој не постоји</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted boundary layer %1</source>
        <translation>Обрисан слој граница %1</translation>
    </message>
    <message>
        <location filename="../../app/store/projectstoremerge.cpp" line="-61"/>
        <source>cannot merge %1: a site position (%2, %3) is not a WGS84 longitude and latitude</source>
        <translation>%1 не може да се споји: положај локације (%2, %3) није WGS84 географска дужина и ширина</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot merge %1: photo %2 must belong to exactly one site or one camera</source>
        <translation>%1 не може да се споји: фотографија %2 мора припадати тачно једној локацији или једној камери</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>merge %1</source>
        <translation>спајање %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge in progress: %1</source>
        <translation>Спајање у току: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot merge %1: there is no site %2 to merge into (was it deleted?)</source>
        <translation>%1 не може да се споји: нема локације %2 у коју би се спојило (да ли је обрисана?)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot merge %1: there is no camera %2 to update (was it deleted?)</source>
        <translation>%1 не може да се споји: нема камере %2 за ажурирање (да ли је обрисана?)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>add camera %1 from %2</source>
        <translation>додавање камере %1 из %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>add site %1 from %2</source>
        <translation>додавање локације %1 из %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot merge %1: there is no site %2 to add a camera to (was it deleted?)</source>
        <translation>%1 не може да се споји: нема локације %2 којој би се додала камера (да ли је обрисана?)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot merge %1: photo %2 belongs to %3 %4, which is not in the project</source>
        <translation>%1 не може да се споји: фотографија %2 припада објекту %3 %4, који није у пројекту</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>copy photo %1 from %2</source>
        <translation>копирање фотографије %1 из %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>added %1</source>
        <translation>додато: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1 and %2</source>
        <translation>ажурирано: %1 и %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>copied %n photo(s)</source>
        <translation>
            <numerusform>копирана %n фотографија</numerusform>
            <numerusform>копиране %n фотографије</numerusform>
            <numerusform>копирано %n фотографија</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing new</source>
        <translation>ништа ново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown contributors</source>
        <translation>непознати сарадници</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged %1 by %2: %3</source>
        <translation>Спојено %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>write the merge&apos;s journal entry</source>
        <translation>упис ставке дневника спајања</translation>
    </message>
    <message>
        <location filename="../../app/store/projectstoreslides.cpp" line="+111"/>
        <source>its centre (%1, %2) is not a WGS84 longitude and latitude</source>
        <translation>његово средиште (%1, %2) није WGS84 географска дужина и ширина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its zoom %1 is outside 0..24</source>
        <translation>његов зум %1 је ван опсега 0..24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown basemap &apos;%1&apos; (expected vector, osm or mbtiles)</source>
        <translation>непозната подлога „%1“ (очекује се вецтор, осм или мбтилес)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its heatmap radius %1 m is not positive</source>
        <translation>полупречник његове топлотне карте %1 м није позитиван</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>untitled slide</source>
        <translation>слајд без наслова</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>slide &quot;%1&quot;</source>
        <translation>слајд „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>read the slides</source>
        <translation>читање слајдова</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot add %1: %2</source>
        <translation>%1 не може да се дода: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>add %1</source>
        <translation>додавање: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1 (slide %2)</source>
        <translation>Додат %1 (слајд %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot update slide %1: %2</source>
        <translation>слајд %1 не може да се ажурира: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>update slide %1</source>
        <translation>ажурирање слајда %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot update slide %1: there is no such slide</source>
        <translation>слајд %1 не може да се ажурира: тај слајд не постоји</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>update_slide</source>
        <translation>ажурирање слајда</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>delete slide %1</source>
        <translation>брисање слајда %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>cannot delete slide %1: there is no such slide</source>
        <translation>слајд %1 не може да се обрише: тај слајд не постоји</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>delete_slide</source>
        <translation>брисање слајда</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>move slide %1</source>
        <translation>померање слајда %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>cannot move slide %1: there is no such slide</source>
        <translation>слајд %1 не може да се помери: тај слајд не постоји</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Moved %1 to place %2</source>
        <translation>%1 премештен на место %2</translation>
    </message>
    <message>
        <location filename="../../app/store/schemamanager.cpp" line="+64"/>
        <source>start schema migration %1</source>
        <translation>започињање миграције шеме %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>apply schema migration %1</source>
        <translation>примена миграције шеме %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>commit schema migration %1</source>
        <translation>потврђивање миграције шеме %1</translation>
    </message>
    <message>
        <location filename="../../app/store/siteindexloader.cpp" line="-219"/>
        <source>prepare the import</source>
        <translation>припрема увоза</translation>
    </message>
    <message>
        <location line="+127"/>
        <location line="+4"/>
        <source>index the imported sites</source>
        <translation>индексирање увезених локација</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>restore the site index trigger</source>
        <translation>враћање окидача индекса локација</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <location line="+10"/>
        <source>cannot index the imported sites: %1</source>
        <translation>увезене локације не могу да се индексирају: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot index the imported sites (%1): %2</source>
        <translation>увезене локације не могу да се индексирају (%1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>node size</source>
        <translation>величина чвора</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>too deep</source>
        <translation>превише дубоко</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>clear the shadow tables</source>
        <translation>пражњење помоћних табела</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>write a node</source>
        <translation>упис чвора</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a parent</source>
        <translation>упис родитељског чвора</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write a site&apos;s leaf</source>
        <translation>упис листа локације</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitehandle.cpp" line="-12"/>
        <source>out of memory</source>
        <translation>нема довољно меморије</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/store/projectstorepurge.cpp" line="+22"/>
        <source>cannot undo: the deleted photos were purged from the project on %1 (%n photo(s)); edits made before the purge can no longer be undone</source>
        <translation>
            <numerusform>поништавање није могуће: обрисане фотографије су трајно уклоњене из пројекта %1 (%n фотографија); измене направљене пре тога више не могу да се пониште</numerusform>
            <numerusform>поништавање није могуће: обрисане фотографије су трајно уклоњене из пројекта %1 (%n фотографије); измене направљене пре тога више не могу да се пониште</numerusform>
            <numerusform>поништавање није могуће: обрисане фотографије су трајно уклоњене из пројекта %1 (%n фотографија); измене направљене пре тога више не могу да се пониште</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>count the deleted photos</source>
        <translation>пребројавање обрисаних фотографија</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>purge the deleted photos</source>
        <translation>трајно уклањање обрисаних фотографија</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Purged %n deleted photo(s)</source>
        <translation>
            <numerusform>Трајно уклоњена %n обрисана фотографија</numerusform>
            <numerusform>Трајно уклоњене %n обрисане фотографије</numerusform>
            <numerusform>Трајно уклоњено %n обрисаних фотографија</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>compact the project after purging the photos</source>
        <translation>сажимање пројекта после трајног уклањања фотографија</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the deleted photos were purged, but the WAL file could not be emptied (%1); close every other program that has the project open and purge again</source>
        <translation>обрисане фотографије су трајно уклоњене, али WAL датотека није могла да се испразни (%1); затворите све друге програме у којима је пројекат отворен и поновите трајно уклањање</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::BoundaryImportDialog</name>
    <message>
        <location filename="../../ui/boundaryimportdialog.cpp" line="+35"/>
        <location line="+38"/>
        <source>Import Boundaries</source>
        <translation>Увоз граница</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Browse…</source>
        <translation>Прегледај…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import</source>
        <translation>Увези</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>Датотека:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer:</source>
        <translation>Слој:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name field:</source>
        <translation>Поље назива:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code field:</source>
        <translation>Поље шифре:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population field:</source>
        <translation>Поље броја становника:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer name:</source>
        <translation>Назив слоја:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Vector files (*.geojson *.json *.shp *.gpkg *.kml *.kmz *.fgb *.topojson *.gml *.zip);;All files (*)</source>
        <translation>Векторске датотеке (*.geojson *.json *.shp *.gpkg *.kml *.kmz *.fgb *.topojson *.gml *.zip);;Све датотеке (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ниједно)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n field(s). Any coordinate system is reprojected to WGS84; invalid geometries are repaired and reported.</source>
        <translation>
            <numerusform>%n поље. Сваки координатни систем се прерачунава у WGS84; неисправне геометрије се поправљају и наводе.</numerusform>
            <numerusform>%n поља. Сваки координатни систем се прерачунава у WGS84; неисправне геометрије се поправљају и наводе.</numerusform>
            <numerusform>%n поља. Сваки координатни систем се прерачунава у WGS84; неисправне геометрије се поправљају и наводе.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::CameraFilterForm</name>
    <message>
        <location filename="../../ui/camerafilterform.cpp" line="+29"/>
        <source>Active (not removed)</source>
        <translation>Активне (нису уклоњене)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Било који статус</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+66"/>
        <location line="+58"/>
        <source>Any</source>
        <translation>Било које</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Any date</source>
        <translation>Било који датум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the observed date range</source>
        <translation>Брише распон датума уочавања</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face recognition</source>
        <translation>Препознавање лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Произвођач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Врста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Оператер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Извор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed</source>
        <translation>Уочено</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>any</source>
        <translation>било које</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::CameraForm</name>
    <message>
        <location filename="../../ui/cameraform.cpp" line="+94"/>
        <source>90, 0;180, 90-270 or NE</source>
        <translation>90, 0;180, 90-270 или СИ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field of view, °</source>
        <translation>видно поље, °</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>° below the horizon</source>
        <translation>° испод хоризонта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metres</source>
        <translation>метара</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>walk, procurement document, OSM node…</source>
        <translation>обилазак, документ о набавци, OSM чвор…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key</source>
        <translation>Кључ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Вредност</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Type</source>
        <translation>&amp;Врста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera t&amp;ype</source>
        <translation>&amp;Тип камере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mou&amp;nt</source>
        <translation>Мо&amp;нтажа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Смер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field of &amp;view</source>
        <translation>Видно &amp;поље</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ti&amp;lt</source>
        <translation>На&amp;гиб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height</source>
        <translation>В&amp;исина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Operator</source>
        <translation>&amp;Оператер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manufacturer</source>
        <translation>П&amp;роизвођач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mod&amp;el</source>
        <translation>Мод&amp;ел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zone</source>
        <translation>&amp;Зона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Surveillance</source>
        <translation>&amp;Надзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Face recognition</source>
        <translation>Препознавање &amp;лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atus</source>
        <translation>Ст&amp;атус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ob&amp;served</source>
        <translation>&amp;Уочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;urce</source>
        <translation>И&amp;звор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>&amp;Белешке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ta&amp;gs</source>
        <translation>Остале о&amp;знаке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;ress</source>
        <translation>А&amp;дреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site des&amp;cription</source>
        <translation>Опис ло&amp;кације</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Положај</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>No camera selected</source>
        <translation>Ниједна камера није изабрана</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Camera #%1 at site #%2</source>
        <translation>Камера бр. %1 на локацији бр. %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%n camera(s) here)</source>
        <translation>
            <numerusform> (овде је %n камера)</numerusform>
            <numerusform> (овде су %n камере)</numerusform>
            <numerusform> (овде је %n камера)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>by %1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not a direction: use degrees (90), several (0;180), a range (90-270) or N/NE/…</source>
        <translation>Није смер: унесите степене (90), више смерова (0;180), распон (90-270) или С/СИ/…</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::CameraTableModel</name>
    <message>
        <location filename="../../ui/cameratablemodel.cpp" line="+56"/>
        <source>Unverified</source>
        <translation>Непроверена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>Оспорена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Уклоњена</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown</source>
        <translation>Непознато</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected</source>
        <translation>Сумња се</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Потврђено</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Врста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Произвођач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Модел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Оператер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face recognition</source>
        <translation>Препознавање лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed</source>
        <translation>Уочено</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::CamerasPanel</name>
    <message>
        <location filename="../../ui/cameraspanel.cpp" line="+18"/>
        <source>Search notes, address, model, manufacturer, operator…</source>
        <translation>Претражи белешке, адресу, модел, произвођача, оператера…</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n камера</numerusform>
            <numerusform>%n камере</numerusform>
            <numerusform>%n камера</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n camera(s)</source>
        <translation>
            <numerusform>%1 од %n камере</numerusform>
            <numerusform>%1 од %n камере</numerusform>
            <numerusform>%1 од %n камера</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::CoordinateDialog</name>
    <message>
        <location filename="../../ui/coordinatedialog.cpp" line="+14"/>
        <source>Add Site at Coordinates</source>
        <translation>Додавање локације по координатама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude and longitude in decimal degrees (44.8125, 20.4573) or degrees, minutes and seconds (44°48&apos;45&quot;N 20°27&apos;26&quot;E).</source>
        <translation>Географска ширина и дужина у децималним степенима (44.8125, 20.4573) или у степенима, минутима и секундама (44°48&apos;45&quot;Н 20°27&apos;26&quot;Е).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add Site</source>
        <translation>Додај локацију</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Latitude %1, longitude %2</source>
        <translation>Ширина %1, дужина %2</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::DensityPanel</name>
    <message>
        <location filename="../../ui/densitypanel.cpp" line="+17"/>
        <source>Filter municipalities…</source>
        <translation>Филтрирај општине…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 cameras at %2 sites in %3 municipalities</source>
        <translation>Камера: %1, локација: %2, општина: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; %1 outside every municipality</source>
        <translation>; ван свих општина: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting: %1</source>
        <translation>Бројање: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Computing…</source>
        <translation>Рачуна се…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(recomputing…)</source>
        <translation>(поново се рачуна…)</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::DensityTableModel</name>
    <message>
        <location filename="../../ui/densitytablemodel.cpp" line="+99"/>
        <source>%1 (code %2)</source>
        <translation>%1 (шифра %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Municipality</source>
        <translation>Општина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameras</source>
        <translation>Камере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation>Локације</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area km²</source>
        <translation>Површина км²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>Становништво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per km²</source>
        <translation>По км²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per 1,000</source>
        <translation>На 1.000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inh./camera</source>
        <translation>Стан./камери</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sites with at least one camera that passes the filter</source>
        <translation>Локације са бар једном камером која пролази филтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geodesic area in square kilometres</source>
        <translation>Геодетска површина у квадратним километрима</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameras per square kilometre</source>
        <translation>Камера по квадратном километру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameras per 1,000 inhabitants</source>
        <translation>Камера на 1.000 становника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inhabitants per camera</source>
        <translation>Становника по камери</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::DetailsPanel</name>
    <message>
        <location filename="../../ui/detailspanel.cpp" line="+28"/>
        <source>Select a camera on the map or in the Cameras panel to see its details.</source>
        <translation>Изаберите камеру на карти или у панелу Камере да бисте видели њене детаље.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 #%2</source>
        <translation>%1 бр. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Положај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Локација</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At this site</source>
        <translation>На овој локацији</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n камера</numerusform>
            <numerusform>%n камере</numerusform>
            <numerusform>%n камера</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by</source>
        <translation>Прегледао/ла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed at</source>
        <translation>Прегледано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face recognition</source>
        <translation>Препознавање лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance</source>
        <translation>Надзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Врста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera type</source>
        <translation>Тип камере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount</source>
        <translation>Монтажа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Смер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of view</source>
        <translation>Видно поље</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilt</source>
        <translation>Нагиб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Висина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Оператер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Произвођач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Модел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed</source>
        <translation>Уочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Извор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Белешке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other tags</source>
        <translation>Остале ознаке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::EditController</name>
    <message>
        <location filename="../../ui/editcontroller.cpp" line="+70"/>
        <location line="+20"/>
        <location line="+17"/>
        <location line="+10"/>
        <location line="+13"/>
        <location line="+12"/>
        <location line="+18"/>
        <location line="+15"/>
        <location line="+19"/>
        <location line="+7"/>
        <location line="+17"/>
        <source>The project is read-only.</source>
        <translation>Пројекат је отворен само за читање.</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::Editor</name>
    <message>
        <location filename="../../ui/editor.cpp" line="+22"/>
        <source>Moved site %1 to %2 — Undo (Ctrl+Z)</source>
        <translation>Локација %1 премештена на %2 — Поништи (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Camera %1 now points at %2°</source>
        <translation>Камера %1 сада је усмерена на %2°</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attach Photo…</source>
        <translation>Приложи фотографију…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved. Click the map to pin the next camera (Esc leaves Add site mode).</source>
        <translation>Сачувано. Кликните на карту да означите следећу камеру (Esc излази из режима додавања локација).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit</source>
        <translation>Уређивање</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Add Site</source>
        <translation>&amp;Додај локацију</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add site mode: click the map to pin a camera (A or Ctrl+Shift+A; Esc leaves)</source>
        <translation>Режим додавања локација: кликните на карту да означите камеру (А или Ctrl+Shift+A; Esc излази)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Site</source>
        <translation>Додај локацију</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Site at &amp;Coordinates…</source>
        <translation>Додај локацију по &amp;координатама…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste a position (decimal degrees or degrees, minutes, seconds)</source>
        <translation>Упишите или налепите положај (децимални степени или степени, минути, секунде)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Site from &amp;Photo…</source>
        <translation>Додај локацију из &amp;фотографије…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place a site at a photo&apos;s GPS position and attach the photo</source>
        <translation>Постави локацију на GPS положај фотографије и приложи фотографију</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Camera to &amp;Site</source>
        <translation>Додај камеру на &amp;локацију</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another camera at the selected camera&apos;s site</source>
        <translation>Још једна камера на локацији изабране камере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move Sites</source>
        <translation>&amp;Премештај локације</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit mode: drag a camera on the map to move its site</source>
        <translation>Режим уређивања: превуците камеру на карти да преместите њену локацију</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete Camera</source>
        <translation>&amp;Обриши камеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected camera (its site goes with its last camera); Ctrl+Z brings it back</source>
        <translation>Брише изабрану камеру (локација се брише са својом последњом камером); Ctrl+Z је враћа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cop&amp;y Attributes from Previous Camera</source>
        <translation>Коп&amp;ирај атрибуте претходне камере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the selected camera&apos;s fields from the camera edited before it</source>
        <translation>Попуњава поља изабране камере из камере уређиване пре ње</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attac&amp;h Photo…</source>
        <translation>Прило&amp;жи фотографију…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach photos to the selected camera (their metadata is removed)</source>
        <translation>Прилаже фотографије изабраној камери (њихови метаподаци се уклањају)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;urge Deleted Photos…</source>
        <translation>&amp;Трајно уклони обрисане фотографије…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove deleted photos from the project file for good, so nobody can recover them from a copy of it</source>
        <translation>Трајно уклања обрисане фотографије из датотеке пројекта, тако да их нико не може повратити из њене копије</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark &amp;Verified</source>
        <translation>Означи као п&amp;роверену</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the camera verified</source>
        <translation>Означава камеру као проверену</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark D&amp;isputed</source>
        <translation>Означи као о&amp;спорену</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the camera disputed</source>
        <translation>Означава камеру као оспорену</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Removed</source>
        <translation>Означи као &amp;уклоњену</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the camera removed (taken down)</source>
        <translation>Означава камеру као уклоњену (скинуту)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pr&amp;eferences…</source>
        <translation>По&amp;дешавања…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author name and duplicate distance</source>
        <translation>Име аутора и растојање за дупликате</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Review</source>
        <translation>Преглед измена</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Историја</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>Purge Deleted Photos</source>
        <translation>Трајно уклањање обрисаних фотографија</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No deleted photos are kept in this project: nothing to purge.</source>
        <translation>У овом пројекту нема сачуваних обрисаних фотографија: нема шта да се уклони.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n deleted photo(s) are still kept in the project file so that their deletion can be undone. Purging removes them for good: nobody can recover them from the file, and edits made before the purge can no longer be undone.</source>
        <translation>
            <numerusform>%n обрисана фотографија се још чува у датотеци пројекта да би се брисање могло поништити. Трајно уклањање је брише заувек: нико је не може повратити из датотеке, а измене направљене пре уклањања више се не могу поништити.</numerusform>
            <numerusform>%n обрисане фотографије се још чувају у датотеци пројекта да би се брисање могло поништити. Трајно уклањање их брише заувек: нико их не може повратити из датотеке, а измене направљене пре уклањања више се не могу поништити.</numerusform>
            <numerusform>%n обрисаних фотографија се још чува у датотеци пројекта да би се брисање могло поништити. Трајно уклањање их брише заувек: нико их не може повратити из датотеке, а измене направљене пре уклањања више се не могу поништити.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Purged %n deleted photo(s) from the project file.</source>
        <translation>
            <numerusform>Из датотеке пројекта трајно је уклоњена %n обрисана фотографија.</numerusform>
            <numerusform>Из датотеке пројекта трајно су уклоњене %n обрисане фотографије.</numerusform>
            <numerusform>Из датотеке пројекта трајно је уклоњено %n обрисаних фотографија.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add site: click the map where the camera is (Esc to stop)</source>
        <translation>Додавање локације: кликните на карту где је камера (Esc за крај)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project is read-only.</source>
        <translation>Пројекат је отворен само за читање.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added a camera at %1 — Undo (Ctrl+Z)</source>
        <translation>Додата камера на %1 — Поништи (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>site %1</source>
        <translation>локација %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site %1 (%2)</source>
        <translation>локација %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Likely duplicate: %1 with %n camera(s) is %2 m away.</source>
        <translation>
            <numerusform>Вероватан дупликат: %1 са %n камером је удаљена %2 м.</numerusform>
            <numerusform>Вероватан дупликат: %1 са %n камере је удаљена %2 м.</numerusform>
            <numerusform>Вероватан дупликат: %1 са %n камера је удаљена %2 м.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to existing site</source>
        <translation>Додај на постојећу локацију</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added a camera to site %1 — Undo (Ctrl+Z)</source>
        <translation>Додата камера на локацију %1 — Поништи (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New site here</source>
        <translation>Нова локација овде</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Added camera %1 at site %2 — Undo (Ctrl+Z)</source>
        <translation>Додата камера %1 на локацији %2 — Поништи (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — Undo (Ctrl+Z)</source>
        <translation>%1 — Поништи (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Camera %1 marked %2 by %3</source>
        <translation>Камеру %1 је означио/ла %3: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The previous camera no longer exists.</source>
        <translation>Претходна камера више не постоји.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied the attributes of camera %1</source>
        <translation>Копирани атрибути камере %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach Photos</source>
        <translation>Прилагање фотографија</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+46"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: не може да се прочита: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-34"/>
        <source>Attached %n photo(s); their metadata was removed</source>
        <translation>
            <numerusform>Приложена је %n фотографија; метаподаци су уклоњени</numerusform>
            <numerusform>Приложене су %n фотографије; метаподаци су уклоњени</numerusform>
            <numerusform>Приложено је %n фотографија; метаподаци су уклоњени</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The photo was taken %1 m from the site. Place site at the photo&apos;s position (%2)?</source>
        <translation>Фотографија је снимљена %1 м од локације. Преместити локацију на положај фотографије (%2)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>Place site there</source>
        <translation>Премести локацију тамо</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Moved site %1 to the photo&apos;s position — Undo (Ctrl+Z)</source>
        <translation>Локација %1 премештена на положај фотографије — Поништи (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Site from Photo</source>
        <translation>Додавање локације из фотографије</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has a GPS position. Place site at the photo&apos;s position (%2)?</source>
        <translation>%1 има GPS положај. Поставити локацију на положај фотографије (%2)?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no GPS position: select or pin its camera, then attach it.</source>
        <translation>%1 нема GPS положај: изаберите или означите њену камеру, па је приложите.</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::HistoryPanel</name>
    <message>
        <location filename="../../ui/historypanel.cpp" line="+13"/>
        <source>Time</source>
        <translation>Време</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Аутор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Радња</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo to Here</source>
        <translation>Поништи до овде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo (or redo) the project to the state right after the selected entry</source>
        <translation>Поништава (или понавља) пројекат до стања одмах после изабране ставке</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Undone, then given up when a new edit followed: it cannot be redone</source>
        <translation>Поништено, па одбачено кад је уследила нова измена: не може да се понови</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: double-click to redo up to here</source>
        <translation>Поништено: двоклик понавља до овде</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start of history (everything undone)</source>
        <translation>Почетак историје (све поништено)</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::ImageExportDialog</name>
    <message>
        <location filename="../../ui/imageexportdialog.cpp" line="+37"/>
        <source>A4 landscape</source>
        <translation>A4 положено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 portrait</source>
        <translation>A4 усправно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 landscape</source>
        <translation>A3 положено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 portrait</source>
        <translation>A3 усправно</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+150"/>
        <source>Export Map Image</source>
        <translation>Извоз слике карте</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Title printed above the map (optional)</source>
        <translation>Наслов одштампан изнад карте (није обавезан)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>PNG слика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>SVG цртеж</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As shown on screen</source>
        <translation>Као на екрану</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>Прилагођено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Прегледај…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Title:</source>
        <translation>&amp;Наслов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Величина:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Резолуција:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Датотека:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Извези</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Larger than the largest export (A3 at 300 dpi, 4961 × 3508 pixels).</source>
        <translation>Веће од највећег извоза (A3 на 300 dpi, 4961 × 3508 пиксела).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 pixels, %3 × %4 mm printed at %5 dpi.</source>
        <translation>%1 × %2 пиксела, %3 × %4 мм одштампано на %5 dpi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG цртеж (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>PNG слика (*.png)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a file to write the image to.</source>
        <translation>Изаберите датотеку у коју ће се уписати слика.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The map is gone.</source>
        <translation>Карта више не постоји.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot export the map image</source>
        <translation>Слика карте не може да се извезе</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::LayersPanel</name>
    <message>
        <location filename="../../ui/layerspanel.cpp" line="+24"/>
        <source>Basemap</source>
        <translation>Подлога</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vector (offline)</source>
        <translation>Векторска (ван мреже)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenStreetMap tiles</source>
        <translation>OpenStreetMap плочице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBTiles file…</source>
        <translation>MBTiles датотека…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenStreetMap tiles need a network connection; tiles seen before are cached.</source>
        <translation>OpenStreetMap плочицама треба мрежна веза; већ виђене плочице се чувају.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality outlines and names</source>
        <translation>Границе и називи општина</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Density choropleth</source>
        <translation>Короплетна карта густине</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Природни преломи (Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantile</source>
        <translation>Квантили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal interval</source>
        <translation>Једнаки интервали</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metric</source>
        <translation>Показатељ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Метода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>Класе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heatmap</source>
        <translation>Топлотна карта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> m</source>
        <translation> м</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quartic</source>
        <translation>Квартично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian</source>
        <translation>Гаусово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed maximum</source>
        <translation>Фиксни максимум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one colour scale for every view, so maps of different towns compare</source>
        <translation>Иста скала боја за сваки приказ, да би се карте различитих места могле поредити</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> /km²</source>
        <translation> /км²</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Radius</source>
        <translation>Полупречник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel</source>
        <translation>Језгро</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cameras</source>
        <translation>Камере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show cameras</source>
        <translation>Прикажи камере</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+27"/>
        <source>MBTiles: %1</source>
        <translation>MBTiles: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Open MBTiles basemap</source>
        <translation>Отварање MBTiles подлоге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Све датотеке (*)</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+7"/>
        <location line="+605"/>
        <source>Nadzor</source>
        <translation>Надзор</translation>
    </message>
    <message>
        <location line="-594"/>
        <source>Basemap (vector)</source>
        <translation>Подлога (векторска)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+78"/>
        <source>Density</source>
        <translation>Густина</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Heatmap</source>
        <translation>Топлотна карта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Municipalities</source>
        <translation>Општине</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Layers</source>
        <translation>Слојеви</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Детаљи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cameras</source>
        <translation>Камере</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Нови пројекат…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new project file</source>
        <translation>Прави нову датотеку пројекта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Отвори пројекат…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a project file</source>
        <translation>Отвара датотеку пројекта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Cameras…</source>
        <translation>&amp;Увези камере…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cameras from GeoJSON, CSV, GPX, KML, GeoPackage, Shapefile or OSM</source>
        <translation>Увози камере из GeoJSON, CSV, GPX, KML, GeoPackage, Shapefile или OSM датотеке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Cameras…</source>
        <translation>&amp;Извези камере…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the cameras that pass the filter</source>
        <translation>Извози камере које пролазе филтер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Изађи</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+451"/>
        <source>&amp;Undo</source>
        <translation>&amp;Поништи</translation>
    </message>
    <message>
        <location line="-448"/>
        <location line="+449"/>
        <source>&amp;Redo</source>
        <translation>П&amp;онови</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>&amp;Find Cameras…</source>
        <translation>&amp;Пронађи камере…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увећај</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;мањи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom In</source>
        <translation>Увећај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>Умањи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;Municipalities</source>
        <translation>Прикажи све &amp;општине</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Цео екран</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Отвори &amp;недавне</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import &amp;Boundaries…</source>
        <translation>Увези &amp;границе…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import municipality boundaries from any vector file and choose their name, code and population fields</source>
        <translation>Увози границе општина из било које векторске датотеке и бира поља назива, шифре и броја становника</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Уреди</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Приказ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Panels</source>
        <translation>П&amp;анели</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>По&amp;моћ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Nadzor</source>
        <translation>&amp;О програму Надзор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt-у</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Главна</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing…</source>
        <translation>Рачуна се…</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Cannot create the default project</source>
        <translation>Подразумевани пројекат не може да се направи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the folder cannot be created.</source>
        <translation>%1: фасцикла не може да се направи.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+154"/>
        <source>Cannot create the project</source>
        <translation>Пројекат не може да се направи</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+14"/>
        <source>Cannot open the project</source>
        <translation>Пројекат не може да се отвори</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot load the municipalities</source>
        <translation>Општине не могу да се учитају</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save the municipalities into the project</source>
        <translation>Општине не могу да се сачувају у пројекат</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+59"/>
        <source>Cannot read the project&apos;s cameras</source>
        <translation>Камере пројекта не могу да се прочитају</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Opened %1</source>
        <translation>Отворен %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New Project</source>
        <translation>Нови пројекат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nadzor projects (*.nadzor)</source>
        <translation>Надзор пројекти (*.nadzor)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already exists. Nadzor never overwrites a file: choose another name, or open it.</source>
        <translation>%1 већ постоји. Надзор никад не преписује датотеку: изаберите друго име или је отворите.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Project</source>
        <translation>Отварање пројекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nadzor projects (*.nadzor);;All files (*)</source>
        <translation>Надзор пројекти (*.nadzor);;Све датотеке (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recent projects</source>
        <translation>Нема недавних пројеката</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear List</source>
        <translation>Очисти списак</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Поништи: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>П&amp;онови: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Поништи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Понови</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1%2 — Nadzor</source>
        <translation>%1%2 — Надзор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (read-only)</source>
        <translation> (само за читање)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot undo</source>
        <translation>Поништавање није могуће</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undone: %1</source>
        <translation>Поништено: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot redo</source>
        <translation>Понављање није могуће</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redone: %1</source>
        <translation>Поновљено: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Boundaries imported</source>
        <translation>Границе су увезене</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n boundaries imported into &apos;%1&apos;.</source>
        <translation>
            <numerusform>У „%1“ је увезена %n граница.</numerusform>
            <numerusform>У „%1“ су увезене %n границе.</numerusform>
            <numerusform>У „%1“ је увезено %n граница.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save the boundaries</source>
        <translation>Границе не могу да се сачувају</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Boundary layer &apos;%1&apos;: %n boundaries — Undo (Ctrl+Z)</source>
        <translation>
            <numerusform>Слој граница „%1“: %n граница — Поништи (Ctrl+Z)</numerusform>
            <numerusform>Слој граница „%1“: %n границе — Поништи (Ctrl+Z)</numerusform>
            <numerusform>Слој граница „%1“: %n граница — Поништи (Ctrl+Z)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Cameras</source>
        <translation>Увоз камера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera files (*.geojson *.json *.csv *.gpx *.kml *.gpkg *.shp *.fgb *.osm *.pbf);;All files (*)</source>
        <translation>Датотеке камера (*.geojson *.json *.csv *.gpx *.kml *.gpkg *.shp *.fgb *.osm *.pbf);;Све датотеке (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Cannot import</source>
        <translation>Увоз није могућ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The project is read-only.</source>
        <translation>Пројекат је отворен само за читање.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing %1…</source>
        <translation>Увози се %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1</source>
        <translation>Увезено: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+10"/>
        <source>Cannot import %1</source>
        <translation>%1 не може да се увезе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 cameras at %2 sites from %3 in %4 s</source>
        <translation>Увезено камера: %1, локација: %2 из %3 за %4 с</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n site(s) could not be added:</source>
        <translation>
            <numerusform>%n локација није могла да се дода:</numerusform>
            <numerusform>%n локације нису могле да се додају:</numerusform>
            <numerusform>%n локација није могло да се дода:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import finished with notes</source>
        <translation>Увоз је завршен уз напомене</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 cameras at %2 sites.</source>
        <translation>Увезено камера: %1, локација: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Cameras</source>
        <translation>Извоз камера</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+20"/>
        <source>Cannot export</source>
        <translation>Извоз није могућ</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1: unknown format; use one of %2.</source>
        <translation>%1: непознат формат; користите један од: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported %1 cameras to %2 (%3)</source>
        <translation>Извезено камера: %1 у %2 (%3)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot open the MBTiles basemap</source>
        <translation>MBTiles подлога не може да се отвори</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 cameras</source>
        <translation>Камера: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 cameras</source>
        <translation>Камера: %1 од %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Scale 1:%1  zoom %2</source>
        <translation>Размера 1:%1  зум %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: %2 cameras at %3 sites</source>
        <translation>%1: камера %2, локација %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 per 1,000 inhabitants</source>
        <translation>, %1 на 1.000 становника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 per km²</source>
        <translation>, %1 по км²</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Map tiles (when chosen): © OpenStreetMap contributors, ODbL.</source>
        <translation>Плочице карте (када су изабране): © OpenStreetMap сарадници, ODbL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour schemes: ColorBrewer, Cynthia A. Brewer, Pennsylvania State University.</source>
        <translation>Шеме боја: ColorBrewer, Синтија А. Бруер, Државни универзитет Пенсилваније.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Nadzor</source>
        <translation>О програму Надзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Nadzor %1&lt;/h3&gt;&lt;p&gt;Mapping surveillance cameras in Serbia: where they are, who runs them, and how densely they cover each municipality.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLite, GDAL and PROJ.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Надзор %1&lt;/h3&gt;&lt;p&gt;Мапирање надзорних камера у Србији: где су, ко њима управља и колико густо покривају сваку општину.&lt;/p&gt;&lt;p&gt;Направљено помоћу Qt %2, SQLite, GDAL и PROJ.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Подаци&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::MergePairPreview</name>
    <message>
        <location filename="../../ui/mergepairpreview.cpp" line="+129"/>
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>existing</source>
        <translation>постојећа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming</source>
        <translation>пристигла</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::MergeReviewDialog</name>
    <message>
        <location filename="../../ui/mergereviewdialog.cpp" line="+40"/>
        <source>Merge %1</source>
        <translation>Спајање: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n site(s) in %1. Likely duplicates are listed: compare each pair and accept it (the same place: merge) or reject it (a different place: keep both).</source>
        <translation>
            <numerusform>%n локација у %1. Наведени су вероватни дупликати: упоредите сваки пар и прихватите га (исто место: спајање) или одбијте (друго место: задржавају се обе).</numerusform>
            <numerusform>%n локације у %1. Наведени су вероватни дупликати: упоредите сваки пар и прихватите га (исто место: спајање) или одбијте (друго место: задржавају се обе).</numerusform>
            <numerusform>%n локација у %1. Наведени су вероватни дупликати: упоредите сваки пар и прихватите га (исто место: спајање) или одбијте (друго место: задржавају се обе).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who collected this data (names, comma-separated)</source>
        <translation>Ко је прикупио ове податке (имена, одвојена зарезима)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contributors</source>
        <translation>Сарадници</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Existing</source>
        <translation>Постојећа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incoming</source>
        <translation>Пристигла</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Accept: merge (A)</source>
        <translation>&amp;Прихвати: споји (А)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same place: merge the incoming site into the existing one</source>
        <translation>Исто место: спаја пристиглу локацију у постојећу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject: keep both (R)</source>
        <translation>&amp;Одбиј: задржи обе (Р)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A different place: add the incoming site as a new site</source>
        <translation>Друго место: додаје пристиглу локацију као нову</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept All</source>
        <translation>Прихвати све</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Proposals</source>
        <translation>Назад на предлоге</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Apply Merge</source>
        <translation>Примени спајање</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the merge as one step (Enter); Undo takes it back as a whole</source>
        <translation>Уписује спајање као један корак (Enter); Поништи га враћа у целини</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>merge</source>
        <translation>споји</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already there</source>
        <translation>већ постоји</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left out</source>
        <translation>изостављено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep both</source>
        <translation>задржи обе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add</source>
        <translation>додај</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ accepted: %1</source>
        <translation>✓ прихваћено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ rejected: %1</source>
        <translation>✗ одбијено: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proposed: %1</source>
        <translation>предложено: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1
%2 m apart, score %3 — %4</source>
        <translation>%1
размак %2 м, оцена %3 — %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file has no sites to merge.</source>
        <translation>Датотека нема локације за спајање.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No likely duplicates: every incoming site is new.</source>
        <translation>Нема вероватних дупликата: свака пристигла локација је нова.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pair %1 of %2: %3 m apart, score %4 (merged from %5 up) — %6</source>
        <translation>Пар %1 од %2: размак %3 м, оцена %4 (спаја се од %5 навише) — %6</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Site</source>
        <translation>Локација</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>site %1</source>
        <translation>локација %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incoming</source>
        <translation>пристигла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Положај</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera %1</source>
        <translation>Камера %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>camera %1</source>
        <translation>камера %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new to the site</source>
        <translation>нова на локацији</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same camera?</source>
        <translation>иста камера?</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 new, %2 merged, %3 kept both</source>
        <translation>нових: %1, спојених: %2, задржане обе: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n већ у пројекту</numerusform>
            <numerusform>%n већ у пројекту</numerusform>
            <numerusform>%n већ у пројекту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left out</source>
        <translation>
            <numerusform>%n изостављена</numerusform>
            <numerusform>%n изостављене</numerusform>
            <numerusform>%n изостављено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::MergeWorkflow</name>
    <message>
        <location filename="../../ui/mergeworkflow.cpp" line="+23"/>
        <source>&amp;Merge Volunteer&apos;s Work…</source>
        <translation>&amp;Споји рад волонтера…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge another volunteer&apos;s project or camera file, reviewing likely duplicates side by side</source>
        <translation>Спаја пројекат или датотеку камера другог волонтера, уз преглед вероватних дупликата један поред другог</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Merge Volunteer&apos;s Work</source>
        <translation>Спајање рада волонтера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nadzor projects and camera files (*.nadzor *.geojson *.json *.csv *.gpx *.kml *.gpkg *.shp *.fgb *.osm *.pbf);;All files (*)</source>
        <translation>Надзор пројекти и датотеке камера (*.nadzor *.geojson *.json *.csv *.gpx *.kml *.gpkg *.shp *.fgb *.osm *.pbf);;Све датотеке (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The project is read-only.</source>
        <translation>Пројекат је отворен само за читање.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the open project: choose another volunteer&apos;s file.</source>
        <translation>%1 је отворени пројекат: изаберите датотеку другог волонтера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparing %1 with the project…</source>
        <translation>Пореди се %1 са пројектом…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nothing to merge: %1 adds nothing new.</source>
        <translation>Нема шта да се споји: %1 не доноси ништа ново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — Undo (Ctrl+Z)</source>
        <translation>%1 — Поништи (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot merge</source>
        <translation>Спајање није могуће</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::OsmValueLabels</name>
    <message>
        <location filename="../../app/domain/osmvaluelabels.cpp" line="+27"/>
        <source>Public space</source>
        <comment>surveillance=public</comment>
        <translation>Јавни простор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private outdoor area</source>
        <comment>surveillance=outdoor</comment>
        <translation>Приватни спољни простор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indoors</source>
        <comment>surveillance=indoor</comment>
        <translation>Затворени простор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera</source>
        <comment>surveillance:type=camera</comment>
        <translation>Камера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence plate reader</source>
        <comment>surveillance:type=ALPR</comment>
        <translation>Читач таблица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security guard</source>
        <comment>surveillance:type=guard</comment>
        <translation>Чувар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gunshot detector</source>
        <comment>surveillance:type=gunshot_detector</comment>
        <translation>Детектор пуцњаве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed camera</source>
        <comment>surveillance:type=speed_camera</comment>
        <translation>Камера за мерење брзине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red-light camera</source>
        <comment>surveillance:type=red_light_camera</comment>
        <translation>Камера за пролазак на црвено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town</source>
        <comment>surveillance:zone=town</comment>
        <translation>Град</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <comment>surveillance:zone=traffic</comment>
        <translation>Саобраћај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parking</source>
        <comment>surveillance:zone=parking</comment>
        <translation>Паркиралиште</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <comment>surveillance:zone=shop</comment>
        <translation>Продавница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building</source>
        <comment>surveillance:zone=building</comment>
        <translation>Зграда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <comment>surveillance:zone=area</comment>
        <translation>Подручје</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <comment>surveillance:zone=street</comment>
        <translation>Улица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public place</source>
        <comment>surveillance:zone=public</comment>
        <translation>Јавно место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrance</source>
        <comment>surveillance:zone=entrance</comment>
        <translation>Улаз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <comment>surveillance:zone=bank</comment>
        <translation>Банка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash machine</source>
        <comment>surveillance:zone=atm</comment>
        <translation>Банкомат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <comment>surveillance:zone=school</comment>
        <translation>Школа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed</source>
        <comment>camera:type=fixed</comment>
        <translation>Фиксна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dome</source>
        <comment>camera:type=dome</comment>
        <translation>Купола</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panning</source>
        <comment>camera:type=panning</comment>
        <translation>Покретна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wall</source>
        <comment>camera:mount=wall</comment>
        <translation>Зид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pole</source>
        <comment>camera:mount=pole</comment>
        <translation>Стуб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceiling</source>
        <comment>camera:mount=ceiling</comment>
        <translation>Плафон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street lamp</source>
        <comment>camera:mount=street_lamp</comment>
        <translation>Стуб јавне расвете</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic light</source>
        <comment>camera:mount=traffic_signal</comment>
        <translation>Семафор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building</source>
        <comment>camera:mount=building</comment>
        <translation>Фасада зграде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gantry</source>
        <comment>camera:mount=gantry</comment>
        <translation>Портал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bridge</source>
        <comment>camera:mount=bridge</comment>
        <translation>Мост</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mast</source>
        <comment>camera:mount=mast</comment>
        <translation>Јарбол</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::PhotoStrip</name>
    <message>
        <location filename="../../ui/photostrip.cpp" line="+25"/>
        <source>Photos of this camera: drop image files here to attach them (metadata is removed)</source>
        <translation>Фотографије ове камере: превуците датотеке слика овде да их приложите (метаподаци се уклањају)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — %2 × %3</source>
        <translation>%1 — %2 × %3</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="+20"/>
        <source>Preferences</source>
        <translation>Подешавања</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> m</source>
        <translation> м</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Author name:</source>
        <translation>&amp;Име аутора:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written to the edit history and to reviews. A pseudonym is fine.</source>
        <translation>Уписује се у историју измена и у прегледе. Може и псеудоним.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Duplicate warning within:</source>
        <translation>Упозорење на &amp;дупликат унутар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new pin this close to an existing site asks whether the camera belongs to that site. 0 turns the warning off.</source>
        <translation>За нову ознаку овако близу постојеће локације пита се да ли камера припада тој локацији. 0 искључује упозорење.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System default</source>
        <translation>Подразумевано у систему</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>&amp;Језик:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menus, panels, reports and place names. Applied at once.</source>
        <translation>Менији, панели, извештаји и називи места. Примењује се одмах.</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::PresentationController</name>
    <message>
        <location filename="../../ui/presentationcontroller.cpp" line="+27"/>
        <source>Slides</source>
        <translation>Слајдови</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Present…</source>
        <translation>П&amp;резентуј…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the slides full screen; arrow keys step, Esc leaves</source>
        <translation>Приказује слајдове преко целог екрана; стрелице мењају слајд, Esc излази</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Slide from View</source>
        <translation>Додај &amp;слајд из приказа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save what the map shows as a slide of the briefing</source>
        <translation>Чува оно што карта приказује као слајд презентације</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Map &amp;Image…</source>
        <translation>Извези &amp;слику карте…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the map as a PNG or SVG with title, legend and attribution</source>
        <translation>Чува карту као PNG или SVG са насловом, легендом и навођењем извора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report…</source>
        <translation>И&amp;звештај…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the density report or a town fact sheet (PDF, HTML, CSV, GeoJSON)</source>
        <translation>Прави извештај о густини или информативни лист места (PDF, HTML, CSV, GeoJSON)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Slide %1</source>
        <translation>Слајд %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Slide</source>
        <translation>Додавање слајда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title shown on the slide:</source>
        <translation>Наслов приказан на слајду:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot add the slide</source>
        <translation>Слајд не може да се дода</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added slide %1: %2</source>
        <translation>Додат слајд %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Slide filter: %1</source>
        <translation>Филтер слајда: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Present</source>
        <translation>Презентуј</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the presentation on:</source>
        <translation>Прикажи презентацију на:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Map image written to %1</source>
        <translation>Слика карте уписана у %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report written to %1</source>
        <translation>Извештај уписан у %1</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::PresentationOverlay</name>
    <message>
        <location filename="../../ui/presentationoverlay.cpp" line="+84"/>
        <source>Camera density</source>
        <translation>Густина камера</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>fewer</source>
        <translation>мање</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more cameras</source>
        <translation>више камера</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>per km², within %1</source>
        <translation>по км², у кругу од %1</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::PresentationWindow</name>
    <message>
        <location filename="../../ui/presentationwindow.cpp" line="+28"/>
        <source>Nadzor — Presentation</source>
        <translation>Надзор — Презентација</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Untitled slide</source>
        <translation>Слајд без наслова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide %1 of %2</source>
        <translation>Слајд %1 од %2</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::PromptBar</name>
    <message>
        <location filename="../../ui/promptbar.cpp" line="+25"/>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::ReportDialog</name>
    <message>
        <location filename="../../ui/reportdialog.cpp" line="+80"/>
        <source>Report</source>
        <translation>Извештај</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Density report: every municipality</source>
        <translation>Извештај о &amp;густини: све општине</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town &amp;fact sheet:</source>
        <translation>&amp;Информативни лист места:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Default: &quot;Surveillance cameras in …&quot;</source>
        <translation>Подразумевано: „Надзорне камере у …“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choropleth of the metric</source>
        <translation>Короплетна карта показатеља</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heatmap of the cameras</source>
        <translation>Топлотна карта камера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document</source>
        <translation>PDF документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page</source>
        <translation>HTML страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table</source>
        <translation>CSV табела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoJSON (table with geometry)</source>
        <translation>GeoJSON (табела са геометријом)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>Прегледај…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Title:</source>
        <translation>&amp;Наслов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Показатељ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;ap:</source>
        <translation>&amp;Карта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>Ф&amp;ормат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Датотека:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameras:</source>
        <translation>Камере:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write Report</source>
        <translation>&amp;Направи извештај</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Write Report</source>
        <translation>Направи извештај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The main window is gone.</source>
        <translation>Главни прозор више не постоји.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file to write the report to.</source>
        <translation>Изаберите датотеку у коју ће се уписати извештај.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no boundary layer to report on.</source>
        <translation>Нема слоја граница за извештај.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>project file %1</source>
        <translation>датотека пројекта %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the open project</source>
        <translation>отворени пројекат</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a municipality for the fact sheet.</source>
        <translation>Изаберите општину за информативни лист.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing %1…</source>
        <translation>Уписује се %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Written to %1.</source>
        <translation>Уписано у %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Cannot write the report</source>
        <translation>Извештај не може да се упише</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::ReviewPanel</name>
    <message>
        <location filename="../../ui/reviewpanel.cpp" line="+22"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observed</source>
        <translation>Уочено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manufacturer</source>
        <translation>Произвођач</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n camera(s) await review</source>
        <translation>
            <numerusform>%n камера чека преглед</numerusform>
            <numerusform>%n камере чекају преглед</numerusform>
            <numerusform>%n камера чека преглед</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::SlidesPanel</name>
    <message>
        <location filename="../../ui/slidespanel.cpp" line="+36"/>
        <source>Add</source>
        <translation>Додај</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a slide of the current view (Ctrl+M)</source>
        <translation>Додаје слајд тренутног приказа (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Горе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the slide up</source>
        <translation>Помера слајд нагоре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Доле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the slide down</source>
        <translation>Помера слајд надоле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the slide</source>
        <translation>Брише слајд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Презентуј</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present from the selected slide (F5)</source>
        <translation>Презентује од изабраног слајда (F5)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <location line="+176"/>
        <source>Cannot move the slide</source>
        <translation>Слајд не може да се помери</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Cannot delete the slide</source>
        <translation>Слајд не може да се обрише</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read the slides</source>
        <translation>Слајдови не могу да се прочитају</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Untitled</source>
        <translation>Без наслова</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>density</source>
        <translation>густина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heatmap</source>
        <translation>топлотна карта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cameras</source>
        <translation>камере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide %1: zoom %2; %3%4</source>
        <translation>Слајд %1: зум %2; %3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; filter %1</source>
        <translation>; филтер %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No project is open.</source>
        <translation>Ниједан пројекат није отворен.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+16"/>
        <source>No slide %1.</source>
        <translation>Нема слајда %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot rename the slide</source>
        <translation>Слајд не може да се преименује</translation>
    </message>
</context>
</TS>
