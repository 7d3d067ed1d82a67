<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn">
<context>
    <name>ChoroplethStyle</name>
    <message>
        <location filename="../../ui/choroplethstyle.cpp" line="+49"/>
        <source>No cameras</source>
        <translation>Nema kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>Nema podataka</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (all)</source>
        <translation>%1 (sve)</translation>
    </message>
</context>
<context>
    <name>DensityMetrics</name>
    <message>
        <location filename="../../ui/densitymetric.cpp" line="+17"/>
        <source>Cameras per 1,000 inhabitants</source>
        <translation>Kamera na 1.000 stanovnika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cameras per km²</source>
        <translation>Kamera po km²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inhabitants per camera</source>
        <translation>Stanovnika po kameri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cameras</source>
        <translation>Kamere</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../ui/editor.cpp" line="+44"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.gif *.bmp);;All files (*)</source>
        <translation>Slike (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.gif *.bmp);;Sve datoteke (*)</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/historypanel.cpp" line="+25"/>
        <source>Add site</source>
        <translation>Dodavanje lokacije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change site</source>
        <translation>Izmena lokacije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete site</source>
        <translation>Brisanje lokacije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add camera</source>
        <translation>Dodavanje kamere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change camera</source>
        <translation>Izmena kamere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete camera</source>
        <translation>Brisanje kamere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo</source>
        <translation>Dodavanje fotografije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete photo</source>
        <translation>Brisanje fotografije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Uvezi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add boundaries</source>
        <translation>Dodavanje granica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete boundaries</source>
        <translation>Brisanje granica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Spajanje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add slide</source>
        <translation>Dodavanje slajda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change slide</source>
        <translation>Izmena slajda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete slide</source>
        <translation>Brisanje slajda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move slide</source>
        <translation>Pomeranje slajda</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <location filename="../../ui/mergereviewdialog.cpp" line="+39"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Manufacturer</source>
        <translation>Proizvođač</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera type</source>
        <translation>Tip kamere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount</source>
        <translation>Montaža</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Visina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face recognition</source>
        <translation>Prepoznavanje lica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed</source>
        <translation>Uočeno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Beleške</translation>
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
        <translation>Svaka lokacija pripisuje se tačno jednoj granici po pravilu broja preseka: lokacija tačno na granici pripada oblasti neposredno istočno od nje (na granici istok-zapad ili u uglu, onoj neposredno severoistočno); gde se granice preklapaju, prednost ima prva u sloju; lokacije van svih granica navode se kao spoljne.</translation>
    </message>
    <message>
        <location filename="../../app/analysis/classifier.cpp" line="+130"/>
        <source>manual classification needs at least two breaks</source>
        <translation>ručnoj klasifikaciji trebaju bar dva preloma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manual break %1 is not a number</source>
        <translation>ručni prelom %1 nije broj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manual breaks must increase: %1 follows %2</source>
        <translation>ručni prelomi moraju da rastu: %1 dolazi posle %2</translation>
    </message>
</context>
<context>
    <name>nadzor::boundaries</name>
    <message>
        <location filename="../../app/boundaries/boundaryimporter.cpp" line="+38"/>
        <source>the %1 field &apos;%2&apos; does not exist; the fields are: %3</source>
        <translation>polje %1 „%2“ ne postoji; polja su: %3</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>invalid geometry repaired</source>
        <translation>neispravna geometrija je popravljena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 repaired (at or near %2 %3)</source>
        <translation>%1 popravljeno (na %2 %3 ili blizu)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: the file has %2 layers; read the first, &apos;%3&apos;</source>
        <translation>%1: datoteka ima slojeva: %2; pročitan je prvi, „%3“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no name field was given and none is called &apos;name&apos;; the fields are: %1</source>
        <translation>polje naziva nije zadato i nijedno se ne zove „name“; polja su: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no name field was given; using &apos;%2&apos;</source>
        <translation>%1: polje naziva nije zadato; koristi se „%2“</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: the layer has no coordinate reference system; its coordinates are read as WGS84 longitude/latitude</source>
        <translation>%1: sloj nema koordinatni referentni sistem; koordinate se čitaju kao WGS84 geografska dužina/širina</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot reproject from the layer&apos;s coordinate reference system to WGS84: %1</source>
        <translation>preračunavanje iz koordinatnog referentnog sistema sloja u WGS84 nije moguće: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: GDAL was built without GEOS, so geometries were not checked for validity</source>
        <translation>%1: GDAL je preveden bez GEOS-a, pa ispravnost geometrija nije proverena</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>feature %1</source>
        <translation>objekat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/boundaries/serbianlayer.cpp" line="+132"/>
        <source>feature %1 &apos;%2&apos;</source>
        <translation>objekat %1 „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature %1</source>
        <translation>Objekat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no name; called &apos;%2&apos;</source>
        <translation>%1: nema naziv; nazvano „%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the population &apos;%2&apos; is not a number; left empty</source>
        <translation>%1: broj stanovnika „%2“ nije broj; ostavljeno prazno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no population</source>
        <translation>%1: nema broja stanovnika</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no geometry</source>
        <translation>%1 nema geometriju</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a %2; boundaries must be polygons or multipolygons</source>
        <translation>%1 je %2; granice moraju biti poligoni ili multipoligoni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2 vertices, more than the %3 a boundary may have; simplify the layer first (e.g. ogr2ogr -simplify 0.0001)</source>
        <translation>%1 ima temena: %2, više od %3 koliko granica sme da ima; prvo pojednostavite sloj (npr. ogr2ogr -simplify 0.0001)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the layer has more than %1 vertices in total (reached at %2); simplify it first (e.g. ogr2ogr -simplify 0.0001)</source>
        <translation>sloj ukupno ima više od %1 temena (dostignuto kod %2); prvo ga pojednostavite (npr. ogr2ogr -simplify 0.0001)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be reprojected to WGS84</source>
        <translation>%1 ne može da se preračuna u WGS84</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the geometry is invalid (%2) and could not be repaired</source>
        <translation>%1: geometrija je neispravna (%2) i nije mogla da se popravi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no polygon with an area</source>
        <translation>%1 nema poligon sa površinom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 degenerate or non-polygon part(s) dropped</source>
        <translation>%1: izostavljeni degenerisani ili nepoligonski delovi: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has the coordinate %2 %3, which is not a WGS84 longitude/latitude (does the file lack its CRS?)</source>
        <translation>%1 ima koordinatu %2 %3, koja nije WGS84 geografska dužina/širina (da li datoteci nedostaje CRS?)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the layer &apos;%1&apos; has no features</source>
        <translation>sloj „%1“ nema objekte</translation>
    </message>
    <message>
        <location filename="../../app/boundaries/gdalsupport.cpp" line="+17"/>
        <source>the file does not exist</source>
        <translation>datoteka ne postoji</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a vector format that GDAL can read</source>
        <translation>nije vektorski format koji GDAL može da pročita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open as a vector layer: %1</source>
        <translation>ne može da se otvori kao vektorski sloj: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file has no vector layer</source>
        <translation>datoteka nema vektorski sloj</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no layer &apos;%1&apos;; the layers are: %2</source>
        <translation>nema sloja „%1“; slojevi su: %2</translation>
    </message>
    <message>
        <location filename="../../app/boundaries/joinreport.cpp" line="+35"/>
        <source>Population: matched</source>
        <translation>Stanovništvo: upareno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population: unmatched boundaries</source>
        <translation>Stanovništvo: neuparene granice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population: ambiguous</source>
        <translation>Stanovništvo: dvosmisleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population: unmatched rows</source>
        <translation>Stanovništvo: neupareni redovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population: city-municipality rows (covered by their city&apos;s &apos;- grad&apos; row)</source>
        <translation>Stanovništvo: redovi gradskih opština (obuhvaćeni redom „- grad“ svog grada)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Codes: matched</source>
        <translation>Šifre: upareno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes: boundaries without a code</source>
        <translation>Šifre: granice bez šifre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes: ambiguous</source>
        <translation>Šifre: dvosmisleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes: rows not used</source>
        <translation>Šifre: neiskorišćeni redovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas: geodesic vs official differing by more than 2 %</source>
        <translation>Površine: geodetska i zvanična razlikuju se za više od 2 %</translation>
    </message>
    <message>
        <location filename="../../app/boundaries/serbianlayer.cpp" line="-69"/>
        <source>Boundaries © OpenStreetMap contributors, ODbL 1.0, via geoBoundaries (Runfola et al. 2020); population %1: Statistical Office of the Republic of Serbia (RZS); municipality codes: RZS/SORS. Joined by name, names normalised and areas recomputed (geodesic, WGS84) by Nadzor.</source>
        <translation>Granice © OpenStreetMap saradnici, ODbL 1.0, preko geoBoundaries (Runfola et al. 2020); stanovništvo %1: Republički zavod za statistiku (RZS); šifre opština: RZS. Spojeno po nazivu, nazivi ujednačeni i površine ponovo izračunate (geodetski, WGS84) u Nadzoru.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>neispravan JSON na poziciji %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a GeoJSON FeatureCollection</source>
        <translation>nije GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <location line="-53"/>
        <location filename="../../app/boundaries/serbiansources.cpp" line="+111"/>
        <source>Serbian municipalities</source>
        <translation>Opštine Srbije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geoBoundaries SRB ADM2 (OpenStreetMap); RZS municipal indicators %1; RZS/SORS municipality codes</source>
        <translation>geoBoundaries SRB ADM2 (OpenStreetMap); opštinski pokazatelji RZS %1; šifre opština RZS</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 is a %2; expected a Polygon or MultiPolygon</source>
        <translation>%1 je %2; očekuje se Polygon ili MultiPolygon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature without geometry</source>
        <translation>objekat bez geometrije</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has malformed coordinates</source>
        <translation>%1 ima neispravne koordinate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the layer has no features</source>
        <translation>sloj nema objekte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the bundled layer is missing from the build</source>
        <translation>ugrađeni sloj nedostaje u ovoj verziji</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this build has no bundled Serbian layer: run nadzor-bundle-boundaries to write resources/geodata/serbia-municipalities.geojson, then re-run CMake</source>
        <translation>ova verzija nema ugrađeni sloj Srbije: pokrenite nadzor-bundle-boundaries da upiše resources/geodata/serbia-municipalities.geojson, pa ponovo pokrenite CMake</translation>
    </message>
    <message>
        <location filename="../../app/boundaries/serbiansources.cpp" line="-74"/>
        <source>not a table</source>
        <translation>nije tabela</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the column &apos;%1&apos; is missing</source>
        <translation>nedostaje kolona „%1“</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the year &apos;%1&apos; is not a number</source>
        <translation>godina „%1“ nije broj</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: no row for %2; the latest is %3</source>
        <translation>%1: nema reda za %2; najnoviji je %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the population is not a number</source>
        <translation>%1: broj stanovnika nije broj</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: claimed by %2</source>
        <translation>%1: preuzeo ga je %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is one polygon in the boundary file: it takes the &apos;%1 - grad&apos; row; its city municipalities are not separate boundaries</source>
        <translation>%1 je jedan poligon u datoteci granica: uzima red „%1 - grad“; njegove gradske opštine nisu posebne granice</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: the city code %2 (%3) is used, not the code of its city municipality of the same name</source>
        <translation>%1: koristi se šifra grada %2 (%3), a ne šifra istoimene gradske opštine</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>city municipality of %1 (the city code %2 was used)</source>
        <translation>gradska opština grada %1 (korišćena je šifra grada %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kosovo and Metohija, not in the boundary file</source>
        <translation>Kosovo i Metohija, nije u datoteci granica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no boundary matched</source>
        <translation>nijedna granica se ne poklapa</translation>
    </message>
</context>
<context>
    <name>nadzor::cli</name>
    <message>
        <location filename="../../app/cli/arguments.cpp" line="+58"/>
        <source>nadzor %1: unknown option &apos;%2&apos;. Run &apos;nadzor %1 --help&apos;.</source>
        <translation>nadzor %1: nepoznata opcija „%2“. Pokrenite „nadzor %1 --help“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nadzor %1: %2 takes no value. Run &apos;nadzor %1 --help&apos;.</source>
        <translation>nadzor %1: %2 ne prima vrednost. Pokrenite „nadzor %1 --help“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nadzor %1: %2 needs a value. Run &apos;nadzor %1 --help&apos;.</source>
        <translation>nadzor %1: %2 traži vrednost. Pokrenite „nadzor %1 --help“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nadzor %1: missing arguments. Run &apos;nadzor %1 --help&apos;.</source>
        <translation>nadzor %1: nedostaju argumenti. Pokrenite „nadzor %1 --help“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nadzor %1: unexpected argument &apos;%2&apos;. Run &apos;nadzor %1 --help&apos;.</source>
        <translation>nadzor %1: neočekivan argument „%2“. Pokrenite „nadzor %1 --help“.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="+34"/>
        <source>Print the version and exit.</source>
        <translation>Ispisuje verziju i izlazi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cameras from GeoJSON, CSV, GPX, KML, GPKG, SHP, FGB or OSM files.</source>
        <translation>Uvozi kamere iz GeoJSON, CSV, GPX, KML, GPKG, SHP, FGB ili OSM datoteka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cameras as GeoJSON, CSV, GeoPackage, KML or OSM XML.</source>
        <translation>Izvozi kamere kao GeoJSON, CSV, GeoPackage, KML ili OSM XML.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count cameras per municipality and write densities as CSV or GeoJSON.</source>
        <translation>Broji kamere po opštinama i upisuje gustine kao CSV ili GeoJSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the density report or a town fact sheet as PDF, HTML, CSV or GeoJSON.</source>
        <translation>Pravi izveštaj o gustini ili informativni list mesta kao PDF, HTML, CSV ili GeoJSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge another volunteer&apos;s project or an export file without duplicates.</source>
        <translation>Spaja projekat drugog volontera ili izvezenu datoteku bez duplikata.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: nadzor [PROJECT.nadzor]        open the map window
       nadzor COMMAND [ARGS...]       run headless
       nadzor COMMAND --help          describe a command

Commands:
</source>
        <translation>Upotreba: nadzor [PROJEKAT.nadzor]     otvara prozor sa kartom
          nadzor KOMANDA [ARGUMENTI...] radi bez prozora
          nadzor KOMANDA --help         opisuje komandu

Komande:
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
Opcije:
  -h, --help     prikazuje ovu pomoć
  --version      ispisuje verziju
</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../app/cli/importcommand.cpp" line="+85"/>
        <location filename="../../app/cli/mergecommand.cpp" line="+126"/>
        <location filename="../../app/cli/reportcommand.cpp" line="+152"/>
        <source>Usage: %1</source>
        <translation>Upotreba: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nadzor: unknown command &apos;%1&apos;. Run &apos;nadzor --help&apos; for the list.</source>
        <translation>nadzor: nepoznata komanda „%1“. Pokrenite „nadzor --help“ za spisak.</translation>
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
        <translation>nadzor density PROJEKAT [--boundaries DATOTEKA --name-field P [--code-field P]
               [--population-field P] [--layer S]] [--filter KLJUČ=VREDNOST ...]
               [--format csv|geojson] [--out DATOTEKA]

Broji kamere i lokacije projekta po granicama i upisuje gustine:
CSV kolone name, code, cameras, sites, area_km2, population, cameras_per_km2,
cameras_per_1000, inhabitants_per_camera (prazne gde nisu poznate), brojevi sa &apos;.&apos;
kao decimalnim znakom; GeoJSON: granice sa istim svojstvima.

Granice: --boundaries DATOTEKA (bilo koji vektorski format koji GDAL čita) sa poljem
naziva i, po želji, poljima šifre i broja stanovnika; inače najnoviji sloj granica
projekta; inače ugrađene opštine Srbije. Površine su geodetske (WGS84).

Lokacija tačno na granici broji se jednom: u oblasti istočno od nje (na granici
istok-zapad ili u uglu, severoistočno). Kamere označene kao uklonjene ne broje se
osim ako ih --filter status=removed traži.

Filteri (mogu se ponavljati; vrednosti odvojene zarezima znače bilo koju od njih):
  manufacturer=Dahua,Hikvision  operator=...  type=camera  zone=town  source=...
  face=unknown|no|suspected|confirmed  status=unverified|verified|disputed|removed
  from=GGGG-MM-DD  to=GGGG-MM-DD  text=REČI (u beleškama, adresi, modelu, proizvođaču,
  operateru; bez obzira na velika slova i dijakritike)

--format je podrazumevano nastavak od --out, inače csv. Bez --out rezultat ide na
standardni izlaz; sa njim se datoteka upisuje pod privremenim imenom i preimenuje.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>nadzor density: unknown format &apos;%1&apos; (use csv or geojson)</source>
        <translation>nadzor density: nepoznat format „%1“ (koristite csv|geojson)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nadzor density: --boundaries %1 needs --name-field</source>
        <translation>nadzor density: uz --boundaries %1 treba i --name-field</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nadzor density: --name-field, --code-field, --population-field and --layer go with --boundaries FILE</source>
        <translation>nadzor density: --name-field, --code-field, --population-field i --layer idu uz --boundaries DATOTEKA</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>nadzor density: %1: no boundaries</source>
        <translation>nadzor density: %1: nema granica</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>nadzor density: %1: cannot write: %2</source>
        <translation>nadzor density: %1: upis nije moguć: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2 (%3) in %4 of &apos;%5&apos;</source>
        <translation>%1, %2 (%3); sloj „%5“: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location filename="../../app/cli/reportcommand.cpp" line="+176"/>
        <source>%n boundary(ies)</source>
        <translation>
            <numerusform>%n granica</numerusform>
            <numerusform>%n granice</numerusform>
            <numerusform>%n granica</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 lie outside every boundary</source>
        <translation>van svih granica: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written to %1</source>
        <translation>upisano u %1</translation>
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
        <translation>nadzor export PROJEKAT --format geojson|csv|gpkg|kml|osm --out DATOTEKA [--include-authors]

Upisuje kamere projekta: jedan objekat po kameri na položaju njene lokacije, sa
poljima po OSM ključevima kao kolonama nazvanim po ključevima (surveillance:type,
camera:direction, height, ...), poljima Nadzora (nadzor:uuid, nadzor:site_uuid,
addr:full, description, nadzor:status, nadzor:face_recognition) i slobodnim oznakama.
--format je podrazumevano nastavak DATOTEKE. Datoteka se upisuje pod privremenim
imenom pored DATOTEKE i preimenuje kad je gotova, pa neuspeh ne ostavlja ništa
poluupisano. Fotografije se nikad ne izvoze.

osm:  OSM XML 0.6 za JOSM: novi čvorovi (negativni id) sa oznakom man_made=surveillance.
csv:  lon, lat, pa kolone. Bezbedno za tabele: ćelija koja počinje sa =, +, -, @,
      tabulatorom ili povratkom na početak reda upisuje se sa &apos; ispred, da je programi
      za tabele ne bi izvršili kao formulu, osim običnih brojeva kao -12.5, koji ostaju
      brojevi. nadzor import ponovo uklanja taj &apos;.

Opcije:
  --include-authors  upisuje i imena onih koji su pregledali (nadzor:reviewed_by/_at);
                     podrazumevano izvozi ne sadrže imena ljudi</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>nadzor export: --out FILE is required. Run &apos;nadzor export --help&apos;.</source>
        <translation>nadzor export: --out DATOTEKA je obavezno. Pokrenite „nadzor export --help“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nadzor export: unknown format &apos;%1&apos; (use one of %2)</source>
        <translation>nadzor export: nepoznat format „%1“ (koristite jedan od: %2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Exported %1 to %2.</source>
        <translation>Izvezeno: %1 u %2.</translation>
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
        <translation>nadzor import PROJEKAT DATOTEKA... [--map KOLONA=POLJE]... [--encoding KOD]
                     [--layer NAZIV] [--s-srs CRS] [--author IME]

Čita kamere iz %1 datoteka
u PROJEKAT (pravi ga ako ne postoji). Koordinate se preračunavaju u WGS84;
tačke na istom položaju (do 1e-7 stepeni) u datoteci postaju kamere jedne lokacije.
OSM datoteke: čvorovi man_made=surveillance (i highway=speed_camera) sa svim oznakama.

Sve ili ništa: svaka DATOTEKA čita se u jednoj transakciji. Ako bilo koja datoteka
ima grešku, ništa se ne uvozi, projekat ostaje kakav je bio, poruka navodi datoteku
i objekat (ili red CSV-a) sa greškom, a izlazni status je 1.

Opcije:
  --map KOLONA=POLJE  stavlja KOLONU u POLJE (može se ponavljati). POLJE je
%2.
                      Bez --map prepoznaju se uobičajeni nazivi (bilo koja slova):
                      lat/latitude/y, lon/lng/long/longitude/x, wkt/geometry
                      (CSV), type, direction, mount, zone, height, operator,
                      manufacturer, model, address/adress/adresa, notes/note,
                      source, date/observed i svaki OSM ključ; ostale kolone
                      čuvaju se kao slobodne oznake.
  --encoding KOD      kodiranje teksta atributa CSV/Shapefile (podrazumevano UTF-8),
                      npr. CP1250 (Windows-1250), ISO-8859-2
  --layer NAZIV       čita samo ovaj sloj (podrazumevano: sve; GPX: tačke puta)
  --s-srs CRS         CRS koordinata kada ga datoteka ne navodi, npr.
                      EPSG:32634 (podrazumevano: CRS datoteke, inače WGS84)
  --author IME        autor zabeležen u dnevniku projekta</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>nadzor import: --map wants COLUMN=FIELD, not &apos;%1&apos;</source>
        <translation>nadzor import: --map traži KOLONA=POLJE, a ne „%1“</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>nadzor import: nothing was imported; %1 is unchanged.</source>
        <translation>nadzor import: ništa nije uvezeno; %1 je nepromenjen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nadzor import: nothing was imported; %1 was not created.</source>
        <translation>nadzor import: ništa nije uvezeno; %1 nije napravljen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import of %1</source>
        <translation>Uvoz datoteke %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>the site at %1, %2 cannot be stored: %3</source>
        <translation>lokacija na %1, %2 ne može da se sačuva: %3</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>a camera cannot be stored: %1</source>
        <translation>kamera ne može da se sačuva: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nadzor import: %1: warning: %2</source>
        <translation>nadzor import: %1: upozorenje: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 na %3</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Imported %1 at %2 from %n file(s) into %3.</source>
        <translation>
            <numerusform>Uvezeno %1 na %2 iz %n datoteke u %3.</numerusform>
            <numerusform>Uvezeno %1 na %2 iz %n datoteke u %3.</numerusform>
            <numerusform>Uvezeno %1 na %2 iz %n datoteka u %3.</numerusform>
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
        <translation>nadzor merge PROJEKAT DRUGI [--distance M] [--contributor IME]... [--dry-run]
                    [--accept-all | --interactive-free]

Spaja DRUGI u PROJEKAT bez duplikata i bez gubitka bilo čega. DRUGI je projekat
drugog volontera (*.nadzor, sa fotografijama) ili izvezena datoteka
(%1).

Za svaku pristiglu lokaciju traži se verovatni duplikat: prvo po uuid-u (lokacije i
kamere zadržavaju uuid u svim projektima i izvozima Nadzora), zatim među lokacijama
unutar M metara, sa ocenom 0..1 prema rastojanju i slaganju atributa kamera
(manufacturer, camera:type, model, mount, surveillance:type, operator, zone,
height i smer unutar 30 stepeni):
    ocena = 0.5 * (1 - rastojanje / M) + 0.5 * slaganje atributa
Plan se ispisuje, po jedan red za svaki verovatni duplikat sa rastojanjem, ocenom i
razlozima. Zatim, osim uz --dry-run:
  - lokacije bez duplikata se dodaju;
  - identične (pronađene po uuid-u, ili sa ocenom bar %2, koje ne donose ništa
    novo) se preskaču;
  - verovatni duplikati sa ocenom bar %2 spajaju se u postojeću lokaciju:
    nove kamere joj se dodaju, prazna polja popunjavaju, različite beleške spajaju;
  - verovatni duplikati sa manjom ocenom dodaju se kao nove lokacije i navode za pregled.
Sve se upisuje u jednoj transakciji sa jednom stavkom dnevnika „merge“ koja navodi
DRUGI i njegove saradnike; „poništi“ u prozoru vraća celo spajanje. Ako DRUGI ne
može da se pročita, ništa se ne menja, a izlazni status je 1.

Opcije:
  --distance M        koliko daleko mogu biti dva zapisa iste lokacije (podrazumevano %3 m)
  --contributor IME   ko je doprineo DRUGI, za dnevnik (može se ponavljati). Za
                      projekat se navode i autori iz njegovog dnevnika.
  --dry-run           ispisuje plan, ništa ne menja
  --accept-all        spaja svaki verovatni duplikat u njegovu lokaciju, kakva god da je ocena
  --interactive-free  odlučuje po gornjem pragu bez pitanja (podrazumevano)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>skip (identical)</source>
        <translation>preskoči (identično)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip</source>
        <translation>preskoči</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge into site %1</source>
        <translation>spoji u lokaciju %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add as new site, REVIEW</source>
        <translation>dodaj kao novu lokaciju, PREGLEDATI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add</source>
        <translation>dodaj</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>nadzor merge: --distance wants metres between 0 and 10000, not &apos;%1&apos;</source>
        <translation>nadzor merge: --distance traži metre između 0 i 10000, a ne „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nadzor merge: one file to merge at a time (&apos;%1&apos; is one too many)</source>
        <translation>nadzor merge: spaja se jedna datoteka odjednom („%1“ je višak)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nadzor merge: --accept-all and --interactive-free exclude each other</source>
        <translation>nadzor merge: --accept-all i --interactive-free isključuju jedno drugo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nadzor merge: %1 is the project itself</source>
        <translation>nadzor merge: %1 je sam projekat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nadzor merge: %1: the project does not exist</source>
        <translation>nadzor merge: %1: projekat ne postoji</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+73"/>
        <source>nadzor merge: nothing was merged; %1 is unchanged.</source>
        <translation>nadzor merge: ništa nije spojeno; %1 je nepromenjen.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>nadzor merge: %1: warning: %2</source>
        <translation>nadzor merge: %1: upozorenje: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nadzor merge: %1 cannot be written to; nothing was merged.</source>
        <translation>nadzor merge: u %1 ne može da se upisuje; ništa nije spojeno.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge plan: %1 (%2, %3, %4; contributors: %5) into %6; duplicates within %7 m, merged from score %8 (every pair accepted)</source>
        <translation>Plan spajanja: %1 (%2, %3, %4; saradnici: %5) u %6; duplikati unutar %7 m, spajaju se od ocene %8 (svaki par prihvaćen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge plan: %1 (%2, %3, %4; contributors: %5) into %6; duplicates within %7 m, merged from score %8</source>
        <translation>Plan spajanja: %1 (%2, %3, %4; saradnici: %5) u %6; duplikati unutar %7 m, spajaju se od ocene %8</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  incoming site %1 at %2 ~ site %3: %4 m, score %5, %6: %7</source>
        <translation>  pristigla lokacija %1 na %2 ~ lokacija %3: %4 m, ocena %5, %6: %7</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan: %1 to add, %2 to merge into existing sites, %3 to skip; %4 likely duplicates, %5 for review.</source>
        <translation>Plan: za dodavanje %1, za spajanje u postojeće lokacije %2, za preskakanje %3; verovatnih duplikata %4, za pregled %5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dry run: %1 is unchanged.</source>
        <translation>Proba: %1 je nepromenjen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (journal entry %2).</source>
        <translation>%1 (stavka dnevnika %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2 is unchanged.</source>
        <translation>%1; %2 je nepromenjen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For review (added as new sites, though close to an existing one):</source>
        <translation>Za pregled (dodate kao nove lokacije, iako su blizu postojeće):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1 near site %2 (%3 m, score %4)</source>
        <translation>  %1 blizu lokacije %2 (%3 m, ocena %4)</translation>
    </message>
    <message>
        <location filename="../../app/cli/projectinputs.cpp" line="+13"/>
        <source>no such project</source>
        <translation>projekat ne postoji</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the boundary layer &apos;%1&apos; has no boundaries</source>
        <translation>sloj granica „%1“ nema granice</translation>
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
        <translation>nadzor report PROJEKAT --format pdf|html|csv|geojson --out DATOTEKA [--municipality NAZIV]
              [--filter KLJUČ=VREDNOST ...] [--metric POKAZATELJ] [--title TEKST] [--language J]
              [--locale L]
              [--map choropleth|heatmap]
nadzor report PROJEKAT --format png|svg --out DATOTEKA [--size A4|A3|WxH] [--dpi N] ...

Pravi izveštaj o gustini: naslov i datum, kartu (koropletnu kartu pokazatelja ili
toplotnu kartu) sa legendom, razmernikom i navođenjem izvora, opštine poređane po
pokazatelju, raspodele po proizvođaču i operateru, i metodologiju i izvore.
CSV i GeoJSON sadrže samo tabelu (kolone komande „nadzor density“).
Sa --municipality NAZIV, umesto toga informativni list te opštine na jednoj strani
(bilo koje pismo ili pravopis: Osečina, Osecina, Осечина), sa do četiri njene fotografije.

Granice: najnoviji sloj granica projekta, inače ugrađene opštine Srbije.

  --format     pdf, html, csv ili geojson (podrazumevano: nastavak od --out)
  --metric     cameras, cameras_per_km2 (podrazumevano), cameras_per_1000,
               inhabitants_per_camera, sites: redosled tabele i boje karte
  --map        choropleth (podrazumevano) ili heatmap
  --language   en, sr_Latn ili sr_Cyrl: naslovi, tekst, tabele i nazivi opština
               (podrazumevano: sistemski, iz LC_ALL, LC_MESSAGES ili LANG)
  --locale     format brojeva i datuma, npr. sr_RS, sr_Latn_RS, en_GB (podrazumevano:
               onaj koji odgovara jeziku)
  --filter     kao za „nadzor density“: manufacturer=, operator=, type=, zone=,
               source=, face=, status=, from=, to=, text= (može se ponavljati)

--format png ili svg izvozi samo kartu (sa naslovom, legendom, razmernikom i navođenjem
izvora): --size A4 ili A3 (položeno; dodajte -portrait) ili ŠIRINA×VISINA piksela
(podrazumevano A4), --dpi N (podrazumevano 300; PNG ga beleži). Najviše A3 na 300 dpi.

Datoteka se upisuje pod privremenim imenom pored DATOTEKE i preimenuje kad je gotova.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>nadzor report: unknown format &apos;%1&apos; (use pdf, html, csv, geojson, png or svg)</source>
        <translation>nadzor report: nepoznat format „%1“ (koristite pdf|html|csv|geojson|png|svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nadzor report: --size wants A4, A3 or WIDTHxHEIGHT and --dpi a number</source>
        <translation>nadzor report: --size traži A4, A3 ili ŠIRINA×VISINA, a --dpi broj</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nadzor report: unknown metric &apos;%1&apos; (use %2)</source>
        <translation>nadzor report: nepoznata mera „%1“ (koristite: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nadzor report: unknown map &apos;%1&apos; (use choropleth or heatmap)</source>
        <translation>nadzor report: nepoznata karta „%1“ (koristite choropleth|heatmap)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nadzor report: unknown language &apos;%1&apos; (use %2)</source>
        <translation>nadzor report: nepoznat jezik „%1“ (koristite %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nadzor report: unknown locale &apos;%1&apos; (e.g. sr_RS, sr_Latn_RS, en_GB)</source>
        <translation>nadzor report: nepoznat lokalitet „%1“ (npr. sr_RS, sr_Latn_RS, en_GB)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>nadzor report: municipality &apos;%1&apos; is ambiguous in &apos;%2&apos;: %3; give its code instead</source>
        <translation>nadzor report: opština „%1“ nije jednoznačna u sloju „%2“: %3; navedite njen kod</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nadzor report: no municipality &apos;%1&apos; in &apos;%2&apos;. Closest: %3</source>
        <translation>nadzor report: u sloju „%2“ nema opštine „%1“. Najsličnije: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>project file %1</source>
        <translation>datoteka projekta %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Camera density</source>
        <translation>Gustina kamera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nadzor report: map of %1 x %2 pixels at %3 dpi written to %4.</source>
        <translation>nadzor report: karta od %1 x %2 piksela pri %3 dpi upisana je u %4.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>nadzor report: warning: photo skipped: %1</source>
        <translation>nadzor report: upozorenje: fotografija je preskočena: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nadzor report: %1: %2 at %3 (%4); written to %5.</source>
        <translation>nadzor report: %1: %2, %3 (%4); upisano u %5.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nadzor report: %1 at %2 (%3) in %4 of &apos;%5&apos;; written to %6.</source>
        <translation>nadzor report: %1, %2 (%3); sloj „%5“: %4; upisano u %6.</translation>
    </message>
    <message>
        <location filename="../../app/cli/purgecommand.cpp" line="+14"/>
        <source>Remove deleted photos from a project file for good.</source>
        <translation>Trajno uklanja obrisane fotografije iz datoteke projekta.</translation>
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
        <translation>nadzor purge PROJEKAT [--dry-run]

Obrisane fotografije ostaju u datoteci projekta dok god njihovo brisanje može da se poništi.
Trajno uklanjanje ih briše zauvek: njihovi bajtovi se brišu i prepisuju, datoteka se
sažima (VACUUM), a njena -wal datoteka prazni, tako da od njih ništa ne ostaje
ni u PROJEKAT ni u njegovoj -wal datoteci. Pokrenite ga pre nego što projekat predate drugome.

Trajno uklanjanje se beleži u dnevniku i ne može da se poništi; ni izmene pre njega više
ne mogu da se ponište (istorija ponavljanja se odbacuje). Prvo zatvorite projekat u
prozoru sa kartom.

Opcije:
  --dry-run  samo kaže koliko obrisanih fotografija datoteka još sadrži</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>nadzor purge: %1: the project does not exist</source>
        <translation>nadzor purge: %1: projekat ne postoji</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 holds %n deleted photo(s) that can be purged.</source>
        <translation>
            <numerusform>%1 sadrži %n obrisanu fotografiju koja može trajno da se ukloni.</numerusform>
            <numerusform>%1 sadrži %n obrisane fotografije koje mogu trajno da se uklone.</numerusform>
            <numerusform>%1 sadrži %n obrisanih fotografija koje mogu trajno da se uklone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nadzor purge: %1; nothing was purged.</source>
        <translation>nadzor purge: %1; ništa nije uklonjeno.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Purged %n deleted photo(s) from %1; the file was compacted.</source>
        <translation>
            <numerusform>Trajno je uklonjena %n obrisana fotografija iz %1; datoteka je sažeta.</numerusform>
            <numerusform>Trajno su uklonjene %n obrisane fotografije iz %1; datoteka je sažeta.</numerusform>
            <numerusform>Trajno je uklonjeno %n obrisanih fotografija iz %1; datoteka je sažeta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::domain</name>
    <message>
        <location filename="../../app/domain/camerafilter.cpp" line="+154"/>
        <source>manufacturer = %1</source>
        <translation>proizvođač = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operator = %1</source>
        <translation>operater = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type = %1</source>
        <translation>vrsta = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zone = %1</source>
        <translation>zona = %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>face recognition = %1</source>
        <translation>prepoznavanje lica = %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>status = %1</source>
        <translation>status = %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source = %1</source>
        <translation>izvor = %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>observed %1 to %2</source>
        <translation>uočeno od %1 do %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observed from %1</source>
        <translation>uočeno od %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observed until %1</source>
        <translation>uočeno do %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text contains &quot;%1&quot;</source>
        <translation>tekst sadrži „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all cameras except those marked removed</source>
        <translation>sve kamere osim onih označenih kao uklonjene</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>filter &apos;%1&apos;</source>
        <translation>filter „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: expected key=value (keys: %2)</source>
        <translation>%1: očekuje se ključ=vrednost (ključevi: %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: unknown face recognition value &apos;%2&apos; (expected one of: %3)</source>
        <translation>%1: nepoznata vrednost prepoznavanja lica „%2“ (očekuje se jedna od: %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: unknown status &apos;%2&apos; (expected one of: %3)</source>
        <translation>%1: nepoznat status „%2“ (očekuje se jedan od: %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;%2&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>%1: „%2“ nije datum (očekuje se GGGG-MM-DD)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unknown key &apos;%2&apos; (keys: %3)</source>
        <translation>%1: nepoznat ključ „%2“ (ključevi: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>filter: &apos;from&apos; %1 is after &apos;to&apos; %2</source>
        <translation>filter: „from“ %1 je posle „to“ %2</translation>
    </message>
    <message>
        <location filename="../../app/domain/enums.cpp" line="+52"/>
        <source>No face recognition</source>
        <translation>Bez prepoznavanja lica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face recognition suspected</source>
        <translation>Sumnja na prepoznavanje lica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face recognition confirmed</source>
        <translation>Prepoznavanje lica potvrđeno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Face recognition unknown</source>
        <translation>Prepoznavanje lica nepoznato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified</source>
        <translation>Proverena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>Osporena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Uklonjena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unverified</source>
        <translation>Neproverena</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/domain/plural.cpp" line="+19"/>
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n kamera</numerusform>
            <numerusform>%n kamere</numerusform>
            <numerusform>%n kamera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n lokacija</numerusform>
            <numerusform>%n lokacije</numerusform>
            <numerusform>%n lokacija</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n fotografija</numerusform>
            <numerusform>%n fotografije</numerusform>
            <numerusform>%n fotografija</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::gdal</name>
    <message>
        <location filename="../../app/gdal/archiveguard.cpp" line="+25"/>
        <source>refused: the archive %1 (a &apos;zip bomb&apos;?); unpack it yourself if it is genuine</source>
        <translation>odbijeno: arhiva %1 („zip bomba“?); ako je ispravna, raspakujte je sami</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has %1 entries, more than %2</source>
        <translation>ima %1 stavki, više od %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expands to more than %1 MiB</source>
        <translation>se raspakuje u više od %1 MiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expands %1 times (%2 MiB from %3 KiB)</source>
        <translation>se raspakuje %1 puta (%2 MiB od %3 KiB)</translation>
    </message>
</context>
<context>
    <name>nadzor::io</name>
    <message>
        <location filename="../../app/io/cameraexporter.cpp" line="+243"/>
        <source>internal error: %1 is not written through GDAL</source>
        <translation>interna greška: %1 se ne upisuje preko GDAL-a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL nema upravljački program %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the file</source>
        <translation>datoteka ne može da se napravi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the cameras layer</source>
        <translation>sloj kamera ne može da se napravi</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>cannot create column %1</source>
        <translation>kolona %1 ne može da se napravi</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot write camera %1</source>
        <translation>kamera %1 ne može da se upiše</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>cannot finish writing</source>
        <translation>upis ne može da se završi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the whole file: the disk is full or the file could not be written (nothing was exported)</source>
        <translation>cela datoteka ne može da se upiše: disk je pun ili upis nije uspeo (ništa nije izvezeno)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot replace the file with the finished export</source>
        <translation>datoteka ne može da se zameni završenim izvozom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write: %1</source>
        <translation>upis nije moguć: %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../../app/io/cameraimporter.cpp" line="+768"/>
        <location line="+14"/>
        <source>unexpected error: %1</source>
        <translation>neočekivana greška: %1</translation>
    </message>
    <message>
        <location filename="../../app/io/cameraimporter.cpp" line="-687"/>
        <source>has no geometry</source>
        <translation>nema geometriju</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>has an empty geometry</source>
        <translation>ima praznu geometriju</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a %1; only points and multipoints can be cameras (convert other geometries to points before importing)</source>
        <translation>je %1; kamere mogu biti samo tačke i multitačke (pretvorite ostale geometrije u tačke pre uvoza)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>unknown encoding &apos;%1&apos; (try UTF-8, CP1250, ISO-8859-2, ...)</source>
        <translation>nepoznato kodiranje „%1“ (probajte UTF-8, CP1250, ISO-8859-2, ...)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a file of cameras that Nadzor can read (%1)</source>
        <translation>nije datoteka kamera koju Nadzor može da pročita (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write the OSM driver&apos;s configuration to %1</source>
        <translation>podešavanja OSM upravljačkog programa ne mogu da se upišu u %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--encoding applies to CSV and Shapefile only; %1 files are read as UTF-8</source>
        <translation>--encoding važi samo za CSV i Shapefile; datoteke %1 čitaju se kao UTF-8</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot be read as %1%2</source>
        <translation>ne može da se pročita kao %1%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not valid JSON: %1 at column %2%3</source>
        <translation>neispravan JSON: %1 u koloni %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the file ends too early: is it truncated?)</source>
        <translation> (datoteka se završava prerano: da li je odsečena?)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot transform coordinates from %1 to WGS84%2</source>
        <translation>koordinate ne mogu da se preračunaju iz %1 u WGS84%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file&apos;s CRS</source>
        <translation>CRS datoteke</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1coordinates are not numbers (%2, %3)</source>
        <translation>%1koordinate nisu brojevi (%2, %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1coordinates (%2, %3) cannot be transformed to WGS84%4</source>
        <translation>%1koordinate (%2, %3) ne mogu da se preračunaju u WGS84%4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1coordinates out of range: longitude %2, latitude %3 (longitude must be within -180..180 and latitude within -90..90 degrees)</source>
        <translation>%1koordinate van opsega: dužina %2, širina %3 (dužina mora biti u opsegu -180..180, a širina -90..90 stepeni)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the column names are not UTF-8 text; name the file&apos;s encoding with --encoding (e.g. --encoding CP1250)</source>
        <translation>nazivi kolona nisu UTF-8 tekst; navedite kodiranje datoteke pomoću --encoding (npr. --encoding CP1250)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no coordinate columns: expected latitude and longitude columns (lat/latitude/y and lon/lng/longitude/x) or a wkt column, found: %1. Name them with --map COLUMN=lat --map COLUMN=lon or --map COLUMN=wkt</source>
        <translation>nema kolona koordinata: očekuju se kolone geografske širine i dužine (lat/latitude/y i lon/lng/longitude/x) ili kolona wkt, pronađeno: %1. Navedite ih pomoću --map KOLONA=lat --map KOLONA=lon ili --map KOLONA=wkt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>feature %1: </source>
        <translation>objekat %1: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1column &apos;%2&apos; is not UTF-8 text; name the file&apos;s encoding with --encoding (e.g. --encoding CP1250)</source>
        <translation>%1kolona „%2“ nije UTF-8 tekst; navedite kodiranje datoteke pomoću --encoding (npr. --encoding CP1250)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>column &apos;%1&apos; is not WKT geometry: &apos;%2&apos;</source>
        <translation>kolona „%1“ nije WKT geometrija: „%2“</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>no coordinates: column &apos;%1&apos; is empty</source>
        <translation>nema koordinata: kolona „%1“ je prazna</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>latitude &apos;%1&apos; in column &apos;%2&apos; is not a number</source>
        <translation>geografska širina „%1“ u koloni „%2“ nije broj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>longitude &apos;%1&apos; in column &apos;%2&apos; is not a number</source>
        <translation>geografska dužina „%1“ u koloni „%2“ nije broj</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>columns &apos;%1&apos; and &apos;%2&apos; have no names; read them as latitude and longitude (swap them with --map %1=lon --map %2=lat)</source>
        <translation>kolone „%1“ i „%2“ nemaju nazive; čitaju se kao širina i dužina (zamenite ih pomoću --map %1=lon --map %2=lat)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>after row %1: </source>
        <translation>posle reda %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after feature %1: </source>
        <translation>posle objekta %1: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the OSM file has no points layer</source>
        <translation>OSM datoteka nema sloj tačaka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GDAL&apos;s OSM driver did not give the tags of the nodes</source>
        <translation>OSM upravljački program GDAL-a nije dao oznake čvorova</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>node %1: </source>
        <translation>čvor %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read its tags</source>
        <translation>njegove oznake ne mogu da se pročitaju</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>skipped %1 tagged nodes that are not man_made=surveillance or highway=speed_camera</source>
        <translation>preskočeni označeni čvorovi koji nisu man_made=surveillance ni highway=speed_camera: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no such file</source>
        <translation>datoteka ne postoji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty</source>
        <translation>datoteka je prazna</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown CRS &apos;%1&apos; (give it as EPSG:NNNN, a PROJ string or WKT)</source>
        <translation>nepoznat CRS „%1“ (navedite ga kao EPSG:NNNN, PROJ niz ili WKT)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OSM files are read from their points layer only</source>
        <translation>OSM datoteke čitaju se samo iz sloja tačaka</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no layer &apos;%1&apos;; the file has: %2</source>
        <translation>nema sloja „%1“; datoteka ima: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>layer &apos;%1&apos;: </source>
        <translation>sloj „%1“: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no cameras found (the file has no point features)</source>
        <translation>nije pronađena nijedna kamera (datoteka nema tačkaste objekte)</translation>
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
        <translation>OSM ključ (surveillance, surveillance:type,
surveillance:zone, camera:type, camera:mount, camera:direction,
camera:angle, camera:tilt, height, operator, manufacturer, model,
source, note, survey:date, nadzor:status, ...), ili type,
direction, mount, zone, angle, tilt, notes, date, address,
description, uuid, site_uuid, lat, lon, wkt, tag:KLJUČ (slobodna
oznaka) ili ignore</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--map %1=%2: &apos;%2&apos; is not a field Nadzor knows; use one of: %3</source>
        <translation>--map %1=%2: „%2“ nije polje koje Nadzor poznaje; koristite jedno od: %3</translation>
    </message>
    <message>
        <location filename="../../app/io/sitegrouper.cpp" line="+96"/>
        <location filename="../../app/io/streaminggrouper.cpp" line="+66"/>
        <source>cameras at %1, %2 give different %3s (&apos;%4&apos; and &apos;%5&apos;); kept &apos;%4&apos;</source>
        <translation>kamere na %1, %2 imaju različite vrednosti polja %3 („%4“ i „%5“); zadržano „%4“</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/io/streaminggrouper.cpp" line="-42"/>
        <source>... and %1 more warnings like these</source>
        <translation>... i još ovakvih upozorenja: %1</translation>
    </message>
</context>
<context>
    <name>nadzor::maps::BoundaryLayer</name>
    <message>
        <location filename="../../maps/boundarylayer.cpp" line="+43"/>
        <source>Boundaries</source>
        <translation>Granice</translation>
    </message>
</context>
<context>
    <name>nadzor::maps::CameraLayer</name>
    <message>
        <location filename="../../maps/cameralayer.cpp" line="+74"/>
        <source>Cameras</source>
        <translation>Kamere</translation>
    </message>
</context>
<context>
    <name>nadzor::maps::ChoroplethLayer</name>
    <message>
        <location filename="../../maps/choroplethlayer.cpp" line="+52"/>
        <source>Choropleth</source>
        <translation>Koropletna karta</translation>
    </message>
</context>
<context>
    <name>nadzor::maps::HeatmapLayer</name>
    <message>
        <location filename="../../maps/heatmaplayer.cpp" line="+58"/>
        <source>Heatmap</source>
        <translation>Toplotna karta</translation>
    </message>
</context>
<context>
    <name>nadzor::maps::ScaleBar</name>
    <message>
        <location filename="../../maps/scalebar.cpp" line="+41"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>nadzor::maps::TileLayer</name>
    <message>
        <location filename="../../maps/tilelayer.cpp" line="+14"/>
        <source>Tiles</source>
        <translation>Pločice</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Offline — showing cached tiles</source>
        <translation>Van mreže — prikazuju se sačuvane pločice</translation>
    </message>
</context>
<context>
    <name>nadzor::merge</name>
    <message>
        <location filename="../../app/merge/cameracomparison.cpp" line="+37"/>
        <source>same manufacturer (%1)</source>
        <translation>isti proizvođač (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different manufacturer (%1 / %2)</source>
        <translation>različit proizvođač (%1 / %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same camera type (%1)</source>
        <translation>isti tip kamere (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different camera type (%1 / %2)</source>
        <translation>različit tip kamere (%1 / %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same model (%1)</source>
        <translation>isti model (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different model (%1 / %2)</source>
        <translation>različit model (%1 / %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same mount (%1)</source>
        <translation>ista montaža (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different mount (%1 / %2)</source>
        <translation>različita montaža (%1 / %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same surveillance type (%1)</source>
        <translation>ista vrsta nadzora (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different surveillance type (%1 / %2)</source>
        <translation>različita vrsta nadzora (%1 / %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same operator (%1)</source>
        <translation>isti operater (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different operator (%1 / %2)</source>
        <translation>različit operater (%1 / %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same zone (%1)</source>
        <translation>ista zona (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different zone (%1 / %2)</source>
        <translation>različita zona (%1 / %2)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>direction within 30%1 (%2, %3 apart)</source>
        <translation>smer unutar 30%1 (%2, razlika %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different direction (%1, %2 apart)</source>
        <translation>različit smer (%1, razlika %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>height within 1 m</source>
        <translation>visina unutar 1 m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different height (%1 m / %2 m)</source>
        <translation>različita visina (%1 m / %2 m)</translation>
    </message>
    <message>
        <location filename="../../app/merge/mergeapplier.cpp" line="+79"/>
        <source>cannot merge into site %1: %2 (plan the merge again)</source>
        <translation>spajanje u lokaciju %1 nije moguće: %2 (ponovo isplanirajte spajanje)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nothing new to merge from %1</source>
        <translation>Nema ničeg novog za spajanje iz %1</translation>
    </message>
    <message>
        <location filename="../../app/merge/mergeplan.cpp" line="+29"/>
        <source>there is no merge item %1 (the plan has %2)</source>
        <translation>nema stavke spajanja %1 (plan ih ima %2)</translation>
    </message>
    <message>
        <location filename="../../app/merge/mergeplanner.cpp" line="+32"/>
        <source>%1 m apart</source>
        <translation>razmak %1 m</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no cameras to compare</source>
        <translation>nema kamera za poređenje</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no camera attributes to compare</source>
        <translation>nema atributa kamera za poređenje</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>same site uuid</source>
        <translation>isti uuid lokacije</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>same camera uuid (%1 of %2 cameras)</source>
        <translation>isti uuid kamere (%1 od %2 kamera)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>identical: nothing new</source>
        <translation>identično: ništa novo</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new camera(s)</source>
        <translation>
            <numerusform>%n nova kamera</numerusform>
            <numerusform>%n nove kamere</numerusform>
            <numerusform>%n novih kamera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n camera(s) matched</source>
        <translation>
            <numerusform>%n kamera uparena</numerusform>
            <numerusform>%n kamere uparene</numerusform>
            <numerusform>%n kamera upareno</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new photos</source>
        <translation>nove fotografije</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing new</source>
        <translation>ništa novo</translation>
    </message>
    <message>
        <location filename="../../app/merge/mergesource.cpp" line="+51"/>
        <source>the file does not exist</source>
        <translation>datoteka ne postoji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be read</source>
        <translation>datoteka ne može da se pročita</translation>
    </message>
    <message>
        <location filename="../../app/merge/sitemerger.cpp" line="+40"/>
        <source>kept %1 &quot;%2&quot; (incoming &quot;%3&quot;)</source>
        <translation>%1: zadržano „%2“ (pristiglo „%3“)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>camera %1</source>
        <translation>kamera %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of camera %2</source>
        <translation>%1 kamere %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>surveillance</source>
        <translation>nadzirani prostor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surveillance type</source>
        <translation>vrsta nadzora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera type</source>
        <translation>tip kamere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mount</source>
        <translation>montaža</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direction</source>
        <translation>smer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator</source>
        <translation>operater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manufacturer</source>
        <translation>proizvođač</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>izvor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>beleške</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kept %1 %2 (incoming %3)</source>
        <translation>%1: zadržano %2 (pristiglo %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>field of view</source>
        <translation>vidno polje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilt</source>
        <translation>nagib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>height</source>
        <translation>visina</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kept %1 face recognition %2 (incoming %3)</source>
        <translation>zadržano prepoznavanje lica za %1: %2 (pristiglo %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kept %1 status %2 (incoming %3)</source>
        <translation>zadržan status za %1: %2 (pristiglo %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kept %1 observed %2 (incoming %3)</source>
        <translation>zadržan datum uočavanja za %1: %2 (pristiglo %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept %1 tag %2=%3 (incoming %4)</source>
        <translation>zadržana oznaka za %1: %2=%3 (pristiglo %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>address</source>
        <translation>adresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>camera %1 is already in the project at another site; left there</source>
        <translation>kamera %1 je već u projektu na drugoj lokaciji; ostavljena je tamo</translation>
    </message>
</context>
<context>
    <name>nadzor::report</name>
    <message>
        <location filename="../../app/report/reportfile.h" line="+24"/>
        <source>cannot write: %1</source>
        <translation>upis nije moguć: %1</translation>
    </message>
</context>
<context>
    <name>nadzor::report::DensityReport</name>
    <message>
        <location filename="../../app/report/densityreport.cpp" line="+25"/>
        <source>Surveillance cameras by municipality</source>
        <translation>Nadzorne kamere po opštinama</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Camera data</source>
        <translation>Podaci o kamerama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cameras at %2 sites that pass the filter, as recorded in %3. The figures count the cameras recorded there, not every camera that exists: a municipality with few recorded cameras may simply have been surveyed less.</source>
        <translation>Broj kamera koje prolaze filter: %1 (lokacija: %2), prema evidenciji u: %3. Brojevi obuhvataju zabeležene kamere, ne svaku kameru koja postoji: opština sa malo zabeleženih kamera možda je samo manje obiđena.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the project</source>
        <translation>projekat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Boundaries</source>
        <translation>Granice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2 boundaries. %3</source>
        <translation>%1: granica: %2. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer names no source.</source>
        <translation>Sloj ne navodi izvor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Population</source>
        <translation>Stanovništvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population figures for %1, as given by the boundary layer&apos;s source.</source>
        <translation>Broj stanovnika za %1, prema izvoru sloja granica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The boundary layer does not state the year of its population figures.</source>
        <translation>Sloj granica ne navodi godinu na koju se odnosi broj stanovnika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known for %1 of %2 boundaries.</source>
        <translation>Poznato za %1 od %2 granica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Areas</source>
        <translation>Površine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Areas in km² as given by the boundary layer or, where it gives none, computed on the WGS84 ellipsoid. Known for %1 of %2 boundaries.</source>
        <translation>Površine u km² prema sloju granica ili, gde ih on ne daje, izračunate na elipsoidu WGS84. Poznate za %1 od %2 granica.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting rule</source>
        <translation>Pravilo brojanja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A camera counts when it passes the filter; a site counts when at least one of its cameras passes. Every site is given to exactly one boundary, so no camera is counted twice. %1</source>
        <translation>Kamera se broji kada prolazi filter; lokacija se broji kada bar jedna njena kamera prolazi. Svaka lokacija pripada tačno jednoj granici, pa se nijedna kamera ne broji dvaput. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Densities</source>
        <translation>Gustine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cameras per km² = cameras ÷ area; cameras per 1,000 inhabitants = cameras ÷ population × 1,000; inhabitants per camera = population ÷ cameras. “%1” where the area or population is unknown or no camera was counted.</source>
        <translation>Kamera po km² = kamere ÷ površina; kamera na 1.000 stanovnika = kamere ÷ broj stanovnika × 1.000; stanovnika po kameri = broj stanovnika ÷ kamere. „%1“ gde površina ili broj stanovnika nisu poznati ili nije izbrojana nijedna kamera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outside every boundary</source>
        <translation>Van svih granica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: every counted camera lies inside a boundary of the layer.</source>
        <translation>Nema ih: svaka izbrojana kamera nalazi se unutar neke granice sloja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cameras at %2 sites lie outside every boundary of the layer. They are in the totals above but in no municipality&apos;s row.</source>
        <translation>Broj kamera van svih granica sloja: %1 (lokacija: %2). Uračunate su u ukupne brojeve iznad, ali ni u jedan red opštine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in up to five classes by natural breaks (Jenks); darker means more surveillance; grey where there is no value.</source>
        <translation>%1 u najviše pet klasa po prirodnim prelomima (Jenks); tamnije znači više nadzora; sivo gde nema vrednosti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kernel density of the counted cameras (quartic kernel, radius %1 km), in cameras per km², clipped to the boundaries.</source>
        <translation>Kernelska gustina izbrojanih kamera (kvartično jezgro, poluprečnik %1 km), u kamerama po km², isečena po granicama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated</source>
        <translation>Napravljeno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 by Nadzor %2.</source>
        <translation>%1, Nadzor %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · %2 · generated %3</source>
        <translation>%1 · %2 · napravljeno %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cameras counted</source>
        <translation>izbrojanih kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sites (poles, facades, corners)</source>
        <translation>lokacija (stubovi, fasade, uglovi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 od %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipalities with at least one camera</source>
        <translation>opština sa bar jednom kamerom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cameras outside every boundary</source>
        <translation>kamera van svih granica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map: %1 by municipality.</source>
        <translation>Karta: %1 po opštinama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: density of the counted cameras (kernel radius %1 km).</source>
        <translation>Karta: gustina izbrojanih kamera (poluprečnik jezgra %1 km).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Municipalities by %1</source>
        <translation>Opštine po pokazatelju: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Opština</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by %1, densest first; “%2”: unknown. Cameras outside every boundary (%3) are not in any row.</source>
        <translation>Poređano po pokazatelju %1, najgušće prvo; „%2“: nepoznato. Kamere van svih granica (%3) nisu ni u jednom redu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manufacturers and operators</source>
        <translation>Proizvođači i operateri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 counted cameras, inside or outside the boundaries.</source>
        <translation>Sve izbrojane kamere (%1), unutar ili van granica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Proizvođač</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operater</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Methodology and sources</source>
        <translation>Metodologija i izvori</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generated %1 by Nadzor %2. %3</source>
        <translation>Napravljeno %1, Nadzor %2. %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Generated %1 · Nadzor %2</source>
        <translation>Napravljeno %1 · Nadzor %2</translation>
    </message>
</context>
<context>
    <name>nadzor::report::FactSheet</name>
    <message>
        <location filename="../../app/report/factsheet.cpp" line="+30"/>
        <source>%1: surveillance cameras</source>
        <translation>%1: nadzorne kamere</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>not an image Nadzor can read: %1</source>
        <translation>nije slika koju Nadzor može da pročita: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Fact sheet · %1 · %2 · generated %3</source>
        <translation>Informativni list · %1 · %2 · napravljeno %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cameras</source>
        <translation>kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sites</source>
        <translation>lokacija</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 by %3</source>
        <translation>%1. od %2 po pokazatelju: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area %1 km², population %2%3.</source>
        <translation>Površina %1 km², broj stanovnika %2%3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rank among the %1 municipalities (1 = most surveilled): %2.</source>
        <translation>Mesto među opštinama (%1) (1 = najviše nadzora): %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map: %1 and its %2 counted cameras; cones show the field of view where the direction is known. %3</source>
        <translation>Karta: %1 i izbrojane kamere (%2); kupe prikazuju vidno polje gde je smer poznat. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manufacturer</source>
        <translation>Proizvođač</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operater</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos from the project (re-encoded; their original files and metadata are not included).</source>
        <translation>Fotografije iz projekta (ponovo kodirane; originalne datoteke i metapodaci nisu uključeni).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources and method. Cameras: %1, %2 (%3); the figures count recorded cameras, not every camera that exists. Counting: a camera counts when it passes the filter; each site is given to exactly one municipality: %4 Ranks compare the municipalities that have a value. Generated %5 by Nadzor %6.</source>
        <translation>Izvori i metod. Kamere: %1, %2 (%3); brojevi obuhvataju zabeležene kamere, ne svaku kameru koja postoji. Brojanje: kamera se broji kada prolazi filter; svaka lokacija pripada tačno jednoj opštini: %4 Rangovi porede opštine koje imaju vrednost. Napravljeno %5, Nadzor %6.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the project</source>
        <translation>projekat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filter: %1</source>
        <translation>filter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cameras in all, %2 outside every boundary</source>
        <translation>ukupno kamera: %1, van svih granica: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Generated %1 · Nadzor %2</source>
        <translation>Napravljeno %1 · Nadzor %2</translation>
    </message>
</context>
<context>
    <name>nadzor::report::HtmlBuilder</name>
    <message>
        <location filename="../../app/report/htmlbuilder.cpp" line="+172"/>
        <source>Photo %1</source>
        <translation>Fotografija %1</translation>
    </message>
</context>
<context>
    <name>nadzor::report::MapImageExporter</name>
    <message>
        <location filename="../../app/report/mapimageexporter.cpp" line="+34"/>
        <source>an image of %1 x %2 pixels is beyond the largest export (A3 at 300 dpi, 4961 x 3508)</source>
        <translation>slika od %1 x %2 piksela veća je od najvećeg izvoza (A3 na 300 dpi, 4961 x 3508)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 dpi is outside 36 to 1200 dpi</source>
        <translation>%1 dpi je van opsega od 36 do 1200 dpi</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>not enough memory for an image of %1 x %2 pixels</source>
        <translation>nema dovoljno memorije za sliku od %1 x %2 piksela</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+15"/>
        <source>cannot write: %1</source>
        <translation>upis nije moguć: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>cannot encode the PNG: %1</source>
        <translation>PNG ne može da se kodira: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot start the SVG</source>
        <translation>SVG ne može da se započne</translation>
    </message>
</context>
<context>
    <name>nadzor::report::Metrics</name>
    <message>
        <location filename="../../app/report/metric.cpp" line="+37"/>
        <location line="+12"/>
        <source>Cameras</source>
        <translation>Kamere</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cameras per km²</source>
        <translation>Kamera po km²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameras per 1,000 inhabitants</source>
        <translation>Kamera na 1.000 stanovnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inhabitants per camera</source>
        <translation>Stanovnika po kameri</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Sites</source>
        <translation>Lokacije</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>per km²</source>
        <translation>po km²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per 1,000 inh.</source>
        <translation>na 1.000 stan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inh. per camera</source>
        <translation>stan. po kameri</translation>
    </message>
</context>
<context>
    <name>nadzor::report::PdfLayout</name>
    <message>
        <location filename="../../app/report/pdflayout.cpp" line="+121"/>
        <source>Page %1 of %2</source>
        <translation>Strana %1 od %2</translation>
    </message>
    <message>
        <location line="+355"/>
        <location line="+30"/>
        <source>cannot write: %1</source>
        <translation>upis nije moguć: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>cannot start the PDF</source>
        <translation>PDF ne može da se započne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot finish the PDF</source>
        <translation>PDF ne može da se završi</translation>
    </message>
</context>
<context>
    <name>nadzor::report::ReportMap</name>
    <message>
        <location filename="../../app/report/reportmap.cpp" line="+60"/>
        <source>Boundaries</source>
        <translation>Granice</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outlines</source>
        <translation>Obrisi</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>No cameras or population unknown</source>
        <translation>Nema kamera ili je broj stanovnika nepoznat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>Nema podataka</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Camera density</source>
        <translation>Gustina kamera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cameras per km² (kernel density)</source>
        <translation>Kamera po km² (kernelska gustina)</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+11"/>
        <source>Cameras</source>
        <translation>Kamere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unverified</source>
        <translation>Neproverena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Proverena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disputed</source>
        <translation>Osporena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Uklonjena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field of view (where known)</source>
        <translation>Vidno polje (gde je poznato)</translation>
    </message>
</context>
<context>
    <name>nadzor::report::ReportTables</name>
    <message>
        <location filename="../../app/report/reporttables.cpp" line="+57"/>
        <source>#</source>
        <translation>br.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area (km²)</source>
        <translation>Površina (km²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>Stanovništvo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All (%1)</source>
        <translation>Sve (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Share</source>
        <translation>Udeo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Others (%1)</source>
        <translation>Ostali (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cameras</source>
        <translation>nema kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
</context>
<context>
    <name>nadzor::store</name>
    <message>
        <location filename="../../app/store/importsession.cpp" line="+50"/>
        <source>start the import</source>
        <translation>započinjanje uvoza</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import in progress: %1</source>
        <translation>Uvoz u toku: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/store/siteindexloader.cpp" line="+46"/>
        <location line="+6"/>
        <source>cannot prepare the import: %1</source>
        <translation>uvoz ne može da se pripremi: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+97"/>
        <location line="+25"/>
        <location line="+34"/>
        <source>the import is no longer open</source>
        <translation>uvoz više nije otvoren</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>site position (%1, %2) is not a WGS84 longitude and latitude</source>
        <translation>položaj lokacije (%1, %2) nije WGS84 geografska dužina i širina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a site needs at least one camera</source>
        <translation>lokaciji treba bar jedna kamera</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+16"/>
        <location line="+55"/>
        <location line="+37"/>
        <source>the import was rolled back: %1</source>
        <translation>uvoz je poništen: %1</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>cannot import the site: %1</source>
        <translation>lokacija ne može da se uveze: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot import a camera of the site: %1</source>
        <translation>kamera lokacije ne može da se uveze: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot import a camera of site %1: %2</source>
        <translation>kamera lokacije %1 ne može da se uveze: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot update an imported site: %1</source>
        <translation>uvezena lokacija ne može da se ažurira: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot update imported site %1: %2</source>
        <translation>uvezena lokacija %1 ne može da se ažurira: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site %1 is not one of this import&apos;s sites</source>
        <translation>lokacija %1 nije jedna od lokacija ovog uvoza</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Imported %1 with %2: %3</source>
        <translation>Uvezeno %1 sa %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>cannot commit the import: %1</source>
        <translation>uvoz ne može da se potvrdi: %1</translation>
    </message>
    <message>
        <location filename="../../app/store/photosanitizer.cpp" line="+123"/>
        <source>not an image that can be read (JPEG, PNG, WebP, ...)</source>
        <translation>nije slika koja može da se pročita (JPEG, PNG, WebP, ...)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not an image that can be read</source>
        <translation>nije slika koja može da se pročita</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot convert the image to PNG</source>
        <translation>slika ne može da se pretvori u PNG</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the image&apos;s metadata</source>
        <translation>metapodaci slike ne mogu da se pročitaju</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>cannot read the stripped image back</source>
        <translation>očišćena slika ne može ponovo da se pročita</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>cannot strip the image&apos;s metadata: %1</source>
        <translation>metapodaci slike ne mogu da se uklone: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the image no longer decodes after its metadata was stripped</source>
        <translation>slika više ne može da se dekodira posle uklanjanja metapodataka</translation>
    </message>
    <message>
        <location filename="../../app/store/projectlock.cpp" line="+74"/>
        <source>cannot create the lock file %1: %2</source>
        <translation>datoteka zaključavanja %1 ne može da se napravi: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot lock %1: %2</source>
        <translation>%1 ne može da se zaključa: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot write the lock file %1: %2</source>
        <translation>datoteka zaključavanja %1 ne može da se upiše: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot take the lock file %1 (it keeps being replaced)</source>
        <translation>datoteka zaključavanja %1 ne može da se preuzme (stalno se zamenjuje)</translation>
    </message>
    <message>
        <location filename="../../app/store/projectstore.cpp" line="+71"/>
        <source>the file is read-only</source>
        <translation>datoteka je samo za čitanje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is on a read-only medium</source>
        <translation>nalazi se na mediju samo za čitanje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its folder is not writable (SQLite keeps the -wal and -shm files beside it)</source>
        <translation>u njenu fasciklu ne može da se upisuje (SQLite drži datoteke -wal i -shm pored nje)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <location line="+209"/>
        <source>cannot open the project: %1</source>
        <translation>projekat ne može da se otvori: %1</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>no such file</source>
        <translation>datoteka ne postoji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a file</source>
        <translation>nije datoteka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the file: %1</source>
        <translation>datoteka ne može da se pročita: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a Nadzor project (not an SQLite database)</source>
        <translation>nije Nadzor projekat (nije SQLite baza)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project file is damaged (truncated to %1 bytes)</source>
        <translation>datoteka projekta je oštećena (skraćena na %1 bajtova)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the project file is damaged (%1)</source>
        <translation>datoteka projekta je oštećena (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the project: %1</source>
        <translation>projekat ne može da se pročita: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a Nadzor project (an SQLite database of another application)</source>
        <translation>nije Nadzor projekat (SQLite baza drugog programa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Nadzor project (an SQLite database of another application, application_id 0x%1)</source>
        <translation>nije Nadzor projekat (SQLite baza drugog programa, application_id 0x%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this project was written by a newer version of Nadzor (schema version %1; this version knows up to %2). Please update Nadzor to open it.</source>
        <translation>ovaj projekat je napisala novija verzija Nadzora (verzija šeme %1; ova verzija poznaje do %2). Ažurirajte Nadzor da biste ga otvorili.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not a Nadzor project (tables are missing)</source>
        <translation>nije Nadzor projekat (nedostaju tabele)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot create the project: the file already exists</source>
        <translation>projekat ne može da se napravi: datoteka već postoji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the project: %1</source>
        <translation>projekat ne može da se napravi: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not a Nadzor project (the file is empty)</source>
        <translation>nije Nadzor projekat (datoteka je prazna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project uses an older schema (version %1) and must be opened for writing once to be upgraded to version %2</source>
        <translation>projekat koristi stariju šemu (verzija %1) i mora jednom da se otvori za upis da bi se nadogradio na verziju %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open the project for writing: %1. Open it read-only to view it.</source>
        <translation>projekat ne može da se otvori za upis: %1. Otvorite ga samo za čitanje da biste ga pregledali.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pid %1 on host %2</source>
        <translation>pid %1 na računaru %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock file %1</source>
        <translation>datoteka zaključavanja %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open in another Nadzor (%2)</source>
        <translation>%1 je otvoren u drugom Nadzoru (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; close it there first</source>
        <translation>%1; prvo ga zatvorite tamo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; opened read-only</source>
        <translation>; otvoren samo za čitanje</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot switch the project to WAL journal mode: %1</source>
        <translation>projekat ne može da se prebaci u WAL režim dnevnika: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>configure the connection</source>
        <translation>podešavanje veze</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write the project&apos;s details: %1</source>
        <translation>podaci o projektu ne mogu da se upišu: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+6"/>
        <location filename="../../app/store/sqlitehandle.cpp" line="+33"/>
        <source>cannot %1: %2</source>
        <extracomment>%1 is an action such as &quot;delete site 12&quot;, %2 the database&apos;s reason</extracomment>
        <translation>nije uspelo (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot %1: the project is open read-only</source>
        <translation>nije uspelo (%1): projekat je otvoren samo za čitanje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot %1: an import is in progress</source>
        <translation>nije uspelo (%1): uvoz je u toku</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot prepare a query: %1</source>
        <translation>upit ne može da se pripremi: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no table %1 in the project</source>
        <translation>u projektu nema tabele %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <source>read %1 rows for the journal</source>
        <translation>čitanje redova tabele %1 za dnevnik</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>give up the redo history</source>
        <translation>odbacivanje istorije ponavljanja</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>write the journal entry</source>
        <translation>upis stavke dnevnika</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+24"/>
        <source>restore a %1 row</source>
        <translation>vraćanje reda tabele %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+26"/>
        <source>restore %1 %2</source>
        <translation>vraćanje: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot restore %1 %2: the row is missing (journal out of step)</source>
        <translation>%1 %2 ne može da se vrati: red nedostaje (dnevnik nije usklađen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove %1 %2</source>
        <translation>uklanjanje: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot remove %1 %2: the row is missing (journal out of step)</source>
        <translation>%1 %2 ne može da se ukloni: red nedostaje (dnevnik nije usklađen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>keep the %1 rows for undo</source>
        <translation>čuvanje redova tabele %1 za poništavanje</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>restore the %1 rows</source>
        <translation>vraćanje redova tabele %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>undo the import</source>
        <translation>poništavanje uvoza</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>remove boundary layer %1</source>
        <translation>uklanjanje sloja granica %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>undo</source>
        <translation>poništavanje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo</source>
        <translation>ponavljanje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nothing to undo</source>
        <translation>nema šta da se poništi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing to redo</source>
        <translation>nema šta da se ponovi</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>mark journal entry %1</source>
        <translation>označavanje stavke dnevnika %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>read the journal</source>
        <translation>čitanje dnevnika</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>site %1 (%2)</source>
        <translation>lokacija %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site %1 at %2, %3</source>
        <translation>lokacija %1 na %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot add the site: its position (%1, %2) is not a WGS84 longitude and latitude</source>
        <translation>lokacija ne može da se doda: njen položaj (%1, %2) nije WGS84 geografska dužina i širina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add a site</source>
        <translation>dodavanje lokacije</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>add the site</source>
        <translation>dodavanje lokacije</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>add a camera of the site</source>
        <translation>dodavanje kamere lokacije</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Added %1 with %n camera(s)</source>
        <translation>
            <numerusform>Dodata %1 sa %n kamerom</numerusform>
            <numerusform>Dodata %1 sa %n kamere</numerusform>
            <numerusform>Dodata %1 sa %n kamera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot update site %1: its position (%2, %3) is not a WGS84 longitude and latitude</source>
        <translation>lokacija %1 ne može da se ažurira: njen položaj (%2, %3) nije WGS84 geografska dužina i širina</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <location filename="../../app/store/projectstoremerge.cpp" line="+86"/>
        <source>update site %1</source>
        <translation>ažuriranje lokacije %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>cannot update site %1: there is no such site</source>
        <translation>lokacija %1 ne može da se ažurira: ta lokacija ne postoji</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>update_site</source>
        <translation>ažuriranje lokacije</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delete site %1</source>
        <translation>brisanje lokacije %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot delete site %1: there is no such site</source>
        <translation>lokacija %1 ne može da se obriše: ta lokacija ne postoji</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Deleted site %1 with %n camera(s)</source>
        <translation>
            <numerusform>Obrisana lokacija %1 sa %n kamerom</numerusform>
            <numerusform>Obrisana lokacija %1 sa %n kamere</numerusform>
            <numerusform>Obrisana lokacija %1 sa %n kamera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Deleted site %1 (%2) with %n camera(s)</source>
        <translation>
            <numerusform>Obrisana lokacija %1 (%2) sa %n kamerom</numerusform>
            <numerusform>Obrisana lokacija %1 (%2) sa %n kamere</numerusform>
            <numerusform>Obrisana lokacija %1 (%2) sa %n kamera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>add a camera</source>
        <translation>dodavanje kamere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot add the camera: there is no site %1</source>
        <translation>kamera ne može da se doda: nema lokacije %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>add the camera</source>
        <translation>dodavanje kamere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added camera %1 at site %2</source>
        <translation>Dodata kamera %1 na lokaciji %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <location filename="../../app/store/projectstoremerge.cpp" line="+22"/>
        <source>update camera %1</source>
        <translation>ažuriranje kamere %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>cannot update camera %1: there is no such camera</source>
        <translation>kamera %1 ne može da se ažurira: ta kamera ne postoji</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot update camera %1: there is no site %2</source>
        <translation>kamera %1 ne može da se ažurira: nema lokacije %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed camera %1 at site %2</source>
        <translation>Izmenjena kamera %1 na lokaciji %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delete camera %1</source>
        <translation>brisanje kamere %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot delete camera %1: there is no such camera</source>
        <translation>kamera %1 ne može da se obriše: ta kamera ne postoji</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted camera %1 at site %2</source>
        <translation>Obrisana kamera %1 na lokaciji %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read the cameras of site %1</source>
        <translation>čitanje kamera lokacije %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no site %1</source>
        <translation>nema lokacije %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read site %1</source>
        <translation>čitanje lokacije %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>there is no camera %1</source>
        <translation>nema kamere %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read camera %1</source>
        <translation>čitanje kamere %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+17"/>
        <location filename="../../app/store/siteindexloader.cpp" line="+213"/>
        <location line="+11"/>
        <source>read the sites</source>
        <translation>čitanje lokacija</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>read the cameras</source>
        <translation>čitanje kamera</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+10"/>
        <source>search the sites in a box</source>
        <translation>pretraga lokacija u pravougaoniku</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>start an import</source>
        <translation>započinjanje uvoza</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>add a photo</source>
        <translation>dodavanje fotografije</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot add the photo: it must belong to exactly one site or one camera</source>
        <translation>fotografija ne može da se doda: mora pripadati tačno jednoj lokaciji ili jednoj kameri</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot add the photo: there is no %1 %2</source>
        <translation>fotografija ne može da se doda: nema objekta %1 %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>add the photo</source>
        <translation>dodavanje fotografije</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added photo %1 to site %2</source>
        <translation>Dodata fotografija %1 lokaciji %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added photo %1 to camera %2</source>
        <translation>Dodata fotografija %1 kameri %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>read photos</source>
        <translation>čitanje fotografija</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>delete photo %1</source>
        <translation>brisanje fotografije %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot delete photo %1: there is no such photo</source>
        <translation>fotografija %1 ne može da se obriše: ta fotografija ne postoji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted photo %1</source>
        <translation>Obrisana fotografija %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>save the boundary layer</source>
        <translation>čuvanje sloja granica</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>save boundary %1</source>
        <translation>čuvanje granice %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Added boundary layer %1 with %n boundary(ies)</source>
        <translation>
            <numerusform>Dodat sloj granica %1 sa %n granicom</numerusform>
            <numerusform>Dodat sloj granica %1 sa %n granice</numerusform>
            <numerusform>Dodat sloj granica %1 sa %n granica</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>read the boundary layers</source>
        <translation>čitanje slojeva granica</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>boundary %1 (%2) has a damaged geometry</source>
        <translation>granica %1 (%2) ima oštećenu geometriju</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>delete boundary layer %1</source>
        <translation>brisanje sloja granica %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot delete boundary layer %1: there is no such layer</source>
        <translation>sloj granica %1 ne može da se obriše: taj sloj ne postoji</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted boundary layer %1</source>
        <translation>Obrisan sloj granica %1</translation>
    </message>
    <message>
        <location filename="../../app/store/projectstoremerge.cpp" line="-61"/>
        <source>cannot merge %1: a site position (%2, %3) is not a WGS84 longitude and latitude</source>
        <translation>%1 ne može da se spoji: položaj lokacije (%2, %3) nije WGS84 geografska dužina i širina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot merge %1: photo %2 must belong to exactly one site or one camera</source>
        <translation>%1 ne može da se spoji: fotografija %2 mora pripadati tačno jednoj lokaciji ili jednoj kameri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>merge %1</source>
        <translation>spajanje %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge in progress: %1</source>
        <translation>Spajanje u toku: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot merge %1: there is no site %2 to merge into (was it deleted?)</source>
        <translation>%1 ne može da se spoji: nema lokacije %2 u koju bi se spojilo (da li je obrisana?)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot merge %1: there is no camera %2 to update (was it deleted?)</source>
        <translation>%1 ne može da se spoji: nema kamere %2 za ažuriranje (da li je obrisana?)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>add camera %1 from %2</source>
        <translation>dodavanje kamere %1 iz %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>add site %1 from %2</source>
        <translation>dodavanje lokacije %1 iz %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot merge %1: there is no site %2 to add a camera to (was it deleted?)</source>
        <translation>%1 ne može da se spoji: nema lokacije %2 kojoj bi se dodala kamera (da li je obrisana?)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot merge %1: photo %2 belongs to %3 %4, which is not in the project</source>
        <translation>%1 ne može da se spoji: fotografija %2 pripada objektu %3 %4, koji nije u projektu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>copy photo %1 from %2</source>
        <translation>kopiranje fotografije %1 iz %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>added %1</source>
        <translation>dodato: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1 and %2</source>
        <translation>ažurirano: %1 i %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>copied %n photo(s)</source>
        <translation>
            <numerusform>kopirana %n fotografija</numerusform>
            <numerusform>kopirane %n fotografije</numerusform>
            <numerusform>kopirano %n fotografija</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing new</source>
        <translation>ništa novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown contributors</source>
        <translation>nepoznati saradnici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged %1 by %2: %3</source>
        <translation>Spojeno %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>write the merge&apos;s journal entry</source>
        <translation>upis stavke dnevnika spajanja</translation>
    </message>
    <message>
        <location filename="../../app/store/projectstoreslides.cpp" line="+111"/>
        <source>its centre (%1, %2) is not a WGS84 longitude and latitude</source>
        <translation>njegovo središte (%1, %2) nije WGS84 geografska dužina i širina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its zoom %1 is outside 0..24</source>
        <translation>njegov zum %1 je van opsega 0..24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown basemap &apos;%1&apos; (expected vector, osm or mbtiles)</source>
        <translation>nepoznata podloga „%1“ (očekuje se vector, osm ili mbtiles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its heatmap radius %1 m is not positive</source>
        <translation>poluprečnik njegove toplotne karte %1 m nije pozitivan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>untitled slide</source>
        <translation>slajd bez naslova</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>slide &quot;%1&quot;</source>
        <translation>slajd „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>read the slides</source>
        <translation>čitanje slajdova</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot add %1: %2</source>
        <translation>%1 ne može da se doda: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>add %1</source>
        <translation>dodavanje: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1 (slide %2)</source>
        <translation>Dodat %1 (slajd %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot update slide %1: %2</source>
        <translation>slajd %1 ne može da se ažurira: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>update slide %1</source>
        <translation>ažuriranje slajda %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot update slide %1: there is no such slide</source>
        <translation>slajd %1 ne može da se ažurira: taj slajd ne postoji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>update_slide</source>
        <translation>ažuriranje slajda</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>delete slide %1</source>
        <translation>brisanje slajda %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>cannot delete slide %1: there is no such slide</source>
        <translation>slajd %1 ne može da se obriše: taj slajd ne postoji</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>delete_slide</source>
        <translation>brisanje slajda</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>move slide %1</source>
        <translation>pomeranje slajda %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>cannot move slide %1: there is no such slide</source>
        <translation>slajd %1 ne može da se pomeri: taj slajd ne postoji</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Moved %1 to place %2</source>
        <translation>%1 premešten na mesto %2</translation>
    </message>
    <message>
        <location filename="../../app/store/schemamanager.cpp" line="+64"/>
        <source>start schema migration %1</source>
        <translation>započinjanje migracije šeme %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>apply schema migration %1</source>
        <translation>primena migracije šeme %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>commit schema migration %1</source>
        <translation>potvrđivanje migracije šeme %1</translation>
    </message>
    <message>
        <location filename="../../app/store/siteindexloader.cpp" line="-219"/>
        <source>prepare the import</source>
        <translation>priprema uvoza</translation>
    </message>
    <message>
        <location line="+127"/>
        <location line="+4"/>
        <source>index the imported sites</source>
        <translation>indeksiranje uvezenih lokacija</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>restore the site index trigger</source>
        <translation>vraćanje okidača indeksa lokacija</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <location line="+10"/>
        <source>cannot index the imported sites: %1</source>
        <translation>uvezene lokacije ne mogu da se indeksiraju: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot index the imported sites (%1): %2</source>
        <translation>uvezene lokacije ne mogu da se indeksiraju (%1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>node size</source>
        <translation>veličina čvora</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>too deep</source>
        <translation>previše duboko</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>clear the shadow tables</source>
        <translation>pražnjenje pomoćnih tabela</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>write a node</source>
        <translation>upis čvora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a parent</source>
        <translation>upis roditeljskog čvora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write a site&apos;s leaf</source>
        <translation>upis lista lokacije</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitehandle.cpp" line="-12"/>
        <source>out of memory</source>
        <translation>nema dovoljno memorije</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/store/projectstorepurge.cpp" line="+22"/>
        <source>cannot undo: the deleted photos were purged from the project on %1 (%n photo(s)); edits made before the purge can no longer be undone</source>
        <translation>
            <numerusform>poništavanje nije moguće: obrisane fotografije su trajno uklonjene iz projekta %1 (%n fotografija); izmene napravljene pre toga više ne mogu da se ponište</numerusform>
            <numerusform>poništavanje nije moguće: obrisane fotografije su trajno uklonjene iz projekta %1 (%n fotografije); izmene napravljene pre toga više ne mogu da se ponište</numerusform>
            <numerusform>poništavanje nije moguće: obrisane fotografije su trajno uklonjene iz projekta %1 (%n fotografija); izmene napravljene pre toga više ne mogu da se ponište</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>count the deleted photos</source>
        <translation>prebrojavanje obrisanih fotografija</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>purge the deleted photos</source>
        <translation>trajno uklanjanje obrisanih fotografija</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Purged %n deleted photo(s)</source>
        <translation>
            <numerusform>Trajno uklonjena %n obrisana fotografija</numerusform>
            <numerusform>Trajno uklonjene %n obrisane fotografije</numerusform>
            <numerusform>Trajno uklonjeno %n obrisanih fotografija</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>compact the project after purging the photos</source>
        <translation>sažimanje projekta posle trajnog uklanjanja fotografija</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the deleted photos were purged, but the WAL file could not be emptied (%1); close every other program that has the project open and purge again</source>
        <translation>obrisane fotografije su trajno uklonjene, ali WAL datoteka nije mogla da se isprazni (%1); zatvorite sve druge programe u kojima je projekat otvoren i ponovite trajno uklanjanje</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::BoundaryImportDialog</name>
    <message>
        <location filename="../../ui/boundaryimportdialog.cpp" line="+35"/>
        <location line="+38"/>
        <source>Import Boundaries</source>
        <translation>Uvoz granica</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Browse…</source>
        <translation>Pregledaj…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import</source>
        <translation>Uvezi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>Datoteka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer:</source>
        <translation>Sloj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name field:</source>
        <translation>Polje naziva:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code field:</source>
        <translation>Polje šifre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population field:</source>
        <translation>Polje broja stanovnika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer name:</source>
        <translation>Naziv sloja:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Vector files (*.geojson *.json *.shp *.gpkg *.kml *.kmz *.fgb *.topojson *.gml *.zip);;All files (*)</source>
        <translation>Vektorske datoteke (*.geojson *.json *.shp *.gpkg *.kml *.kmz *.fgb *.topojson *.gml *.zip);;Sve datoteke (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(nijedno)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n field(s). Any coordinate system is reprojected to WGS84; invalid geometries are repaired and reported.</source>
        <translation>
            <numerusform>%n polje. Svaki koordinatni sistem se preračunava u WGS84; neispravne geometrije se popravljaju i navode.</numerusform>
            <numerusform>%n polja. Svaki koordinatni sistem se preračunava u WGS84; neispravne geometrije se popravljaju i navode.</numerusform>
            <numerusform>%n polja. Svaki koordinatni sistem se preračunava u WGS84; neispravne geometrije se popravljaju i navode.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::CameraFilterForm</name>
    <message>
        <location filename="../../ui/camerafilterform.cpp" line="+29"/>
        <source>Active (not removed)</source>
        <translation>Aktivne (nisu uklonjene)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Bilo koji status</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+66"/>
        <location line="+58"/>
        <source>Any</source>
        <translation>Bilo koje</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Any date</source>
        <translation>Bilo koji datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the observed date range</source>
        <translation>Briše raspon datuma uočavanja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face recognition</source>
        <translation>Prepoznavanje lica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Proizvođač</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed</source>
        <translation>Uočeno</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>any</source>
        <translation>bilo koje</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::CameraForm</name>
    <message>
        <location filename="../../ui/cameraform.cpp" line="+94"/>
        <source>90, 0;180, 90-270 or NE</source>
        <translation>90, 0;180, 90-270 ili SI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field of view, °</source>
        <translation>vidno polje, °</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>° below the horizon</source>
        <translation>° ispod horizonta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metres</source>
        <translation>metara</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>walk, procurement document, OSM node…</source>
        <translation>obilazak, dokument o nabavci, OSM čvor…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key</source>
        <translation>Ključ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Type</source>
        <translation>&amp;Vrsta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera t&amp;ype</source>
        <translation>&amp;Tip kamere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mou&amp;nt</source>
        <translation>Mo&amp;ntaža</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Smer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field of &amp;view</source>
        <translation>Vidno &amp;polje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ti&amp;lt</source>
        <translation>Na&amp;gib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height</source>
        <translation>V&amp;isina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Operator</source>
        <translation>&amp;Operater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manufacturer</source>
        <translation>P&amp;roizvođač</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mod&amp;el</source>
        <translation>Mod&amp;el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zone</source>
        <translation>&amp;Zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Surveillance</source>
        <translation>&amp;Nadzor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Face recognition</source>
        <translation>Prepoznavanje &amp;lica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ob&amp;served</source>
        <translation>&amp;Uočeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;urce</source>
        <translation>I&amp;zvor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>&amp;Beleške</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ta&amp;gs</source>
        <translation>Ostale o&amp;znake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;ress</source>
        <translation>A&amp;dresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site des&amp;cription</source>
        <translation>Opis lo&amp;kacije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Položaj</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>No camera selected</source>
        <translation>Nijedna kamera nije izabrana</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Camera #%1 at site #%2</source>
        <translation>Kamera br. %1 na lokaciji br. %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%n camera(s) here)</source>
        <translation>
            <numerusform> (ovde je %n kamera)</numerusform>
            <numerusform> (ovde su %n kamere)</numerusform>
            <numerusform> (ovde je %n kamera)</numerusform>
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
        <translation>Nije smer: unesite stepene (90), više smerova (0;180), raspon (90-270) ili S/SI/…</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::CameraTableModel</name>
    <message>
        <location filename="../../ui/cameratablemodel.cpp" line="+56"/>
        <source>Unverified</source>
        <translation>Neproverena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Proverena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>Osporena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Uklonjena</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown</source>
        <translation>Nepoznato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected</source>
        <translation>Sumnja se</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Potvrđeno</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Proizvođač</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face recognition</source>
        <translation>Prepoznavanje lica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed</source>
        <translation>Uočeno</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::CamerasPanel</name>
    <message>
        <location filename="../../ui/cameraspanel.cpp" line="+18"/>
        <source>Search notes, address, model, manufacturer, operator…</source>
        <translation>Pretraži beleške, adresu, model, proizvođača, operatera…</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n kamera</numerusform>
            <numerusform>%n kamere</numerusform>
            <numerusform>%n kamera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n camera(s)</source>
        <translation>
            <numerusform>%1 od %n kamere</numerusform>
            <numerusform>%1 od %n kamere</numerusform>
            <numerusform>%1 od %n kamera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::CoordinateDialog</name>
    <message>
        <location filename="../../ui/coordinatedialog.cpp" line="+14"/>
        <source>Add Site at Coordinates</source>
        <translation>Dodavanje lokacije po koordinatama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude and longitude in decimal degrees (44.8125, 20.4573) or degrees, minutes and seconds (44°48&apos;45&quot;N 20°27&apos;26&quot;E).</source>
        <translation>Geografska širina i dužina u decimalnim stepenima (44.8125, 20.4573) ili u stepenima, minutima i sekundama (44°48&apos;45&quot;N 20°27&apos;26&quot;E).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add Site</source>
        <translation>Dodaj lokaciju</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Latitude %1, longitude %2</source>
        <translation>Širina %1, dužina %2</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::DensityPanel</name>
    <message>
        <location filename="../../ui/densitypanel.cpp" line="+17"/>
        <source>Filter municipalities…</source>
        <translation>Filtriraj opštine…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 cameras at %2 sites in %3 municipalities</source>
        <translation>Kamera: %1, lokacija: %2, opština: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; %1 outside every municipality</source>
        <translation>; van svih opština: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting: %1</source>
        <translation>Brojanje: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Computing…</source>
        <translation>Računa se…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(recomputing…)</source>
        <translation>(ponovo se računa…)</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::DensityTableModel</name>
    <message>
        <location filename="../../ui/densitytablemodel.cpp" line="+99"/>
        <source>%1 (code %2)</source>
        <translation>%1 (šifra %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Municipality</source>
        <translation>Opština</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameras</source>
        <translation>Kamere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation>Lokacije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area km²</source>
        <translation>Površina km²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>Stanovništvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per km²</source>
        <translation>Po km²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per 1,000</source>
        <translation>Na 1.000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inh./camera</source>
        <translation>Stan./kameri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sites with at least one camera that passes the filter</source>
        <translation>Lokacije sa bar jednom kamerom koja prolazi filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geodesic area in square kilometres</source>
        <translation>Geodetska površina u kvadratnim kilometrima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameras per square kilometre</source>
        <translation>Kamera po kvadratnom kilometru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameras per 1,000 inhabitants</source>
        <translation>Kamera na 1.000 stanovnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inhabitants per camera</source>
        <translation>Stanovnika po kameri</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::DetailsPanel</name>
    <message>
        <location filename="../../ui/detailspanel.cpp" line="+28"/>
        <source>Select a camera on the map or in the Cameras panel to see its details.</source>
        <translation>Izaberite kameru na karti ili u panelu Kamere da biste videli njene detalje.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 #%2</source>
        <translation>%1 br. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Položaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Lokacija</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At this site</source>
        <translation>Na ovoj lokaciji</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n kamera</numerusform>
            <numerusform>%n kamere</numerusform>
            <numerusform>%n kamera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by</source>
        <translation>Pregledao/la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed at</source>
        <translation>Pregledano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face recognition</source>
        <translation>Prepoznavanje lica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance</source>
        <translation>Nadzor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera type</source>
        <translation>Tip kamere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount</source>
        <translation>Montaža</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of view</source>
        <translation>Vidno polje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilt</source>
        <translation>Nagib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Visina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Proizvođač</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed</source>
        <translation>Uočeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Beleške</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other tags</source>
        <translation>Ostale oznake</translation>
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
        <translation>Projekat je otvoren samo za čitanje.</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::Editor</name>
    <message>
        <location filename="../../ui/editor.cpp" line="+22"/>
        <source>Moved site %1 to %2 — Undo (Ctrl+Z)</source>
        <translation>Lokacija %1 premeštena na %2 — Poništi (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Camera %1 now points at %2°</source>
        <translation>Kamera %1 sada je usmerena na %2°</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attach Photo…</source>
        <translation>Priloži fotografiju…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved. Click the map to pin the next camera (Esc leaves Add site mode).</source>
        <translation>Sačuvano. Kliknite na kartu da označite sledeću kameru (Esc izlazi iz režima dodavanja lokacija).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit</source>
        <translation>Uređivanje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Add Site</source>
        <translation>&amp;Dodaj lokaciju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add site mode: click the map to pin a camera (A or Ctrl+Shift+A; Esc leaves)</source>
        <translation>Režim dodavanja lokacija: kliknite na kartu da označite kameru (A ili Ctrl+Shift+A; Esc izlazi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Site</source>
        <translation>Dodaj lokaciju</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Site at &amp;Coordinates…</source>
        <translation>Dodaj lokaciju po &amp;koordinatama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste a position (decimal degrees or degrees, minutes, seconds)</source>
        <translation>Upišite ili nalepite položaj (decimalni stepeni ili stepeni, minuti, sekunde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Site from &amp;Photo…</source>
        <translation>Dodaj lokaciju iz &amp;fotografije…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place a site at a photo&apos;s GPS position and attach the photo</source>
        <translation>Postavi lokaciju na GPS položaj fotografije i priloži fotografiju</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Camera to &amp;Site</source>
        <translation>Dodaj kameru na &amp;lokaciju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another camera at the selected camera&apos;s site</source>
        <translation>Još jedna kamera na lokaciji izabrane kamere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move Sites</source>
        <translation>&amp;Premeštaj lokacije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit mode: drag a camera on the map to move its site</source>
        <translation>Režim uređivanja: prevucite kameru na karti da premestite njenu lokaciju</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete Camera</source>
        <translation>&amp;Obriši kameru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected camera (its site goes with its last camera); Ctrl+Z brings it back</source>
        <translation>Briše izabranu kameru (lokacija se briše sa svojom poslednjom kamerom); Ctrl+Z je vraća</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cop&amp;y Attributes from Previous Camera</source>
        <translation>Kop&amp;iraj atribute prethodne kamere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the selected camera&apos;s fields from the camera edited before it</source>
        <translation>Popunjava polja izabrane kamere iz kamere uređivane pre nje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attac&amp;h Photo…</source>
        <translation>Prilo&amp;ži fotografiju…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach photos to the selected camera (their metadata is removed)</source>
        <translation>Prilaže fotografije izabranoj kameri (njihovi metapodaci se uklanjaju)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;urge Deleted Photos…</source>
        <translation>&amp;Trajno ukloni obrisane fotografije…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove deleted photos from the project file for good, so nobody can recover them from a copy of it</source>
        <translation>Trajno uklanja obrisane fotografije iz datoteke projekta, tako da ih niko ne može povratiti iz njene kopije</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark &amp;Verified</source>
        <translation>Označi kao p&amp;roverenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the camera verified</source>
        <translation>Označava kameru kao proverenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark D&amp;isputed</source>
        <translation>Označi kao o&amp;sporenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the camera disputed</source>
        <translation>Označava kameru kao osporenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Removed</source>
        <translation>Označi kao &amp;uklonjenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the camera removed (taken down)</source>
        <translation>Označava kameru kao uklonjenu (skinutu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pr&amp;eferences…</source>
        <translation>Po&amp;dešavanja…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author name and duplicate distance</source>
        <translation>Ime autora i rastojanje za duplikate</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Review</source>
        <translation>Pregled izmena</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Istorija</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>Purge Deleted Photos</source>
        <translation>Trajno uklanjanje obrisanih fotografija</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No deleted photos are kept in this project: nothing to purge.</source>
        <translation>U ovom projektu nema sačuvanih obrisanih fotografija: nema šta da se ukloni.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n deleted photo(s) are still kept in the project file so that their deletion can be undone. Purging removes them for good: nobody can recover them from the file, and edits made before the purge can no longer be undone.</source>
        <translation>
            <numerusform>%n obrisana fotografija se još čuva u datoteci projekta da bi se brisanje moglo poništiti. Trajno uklanjanje je briše zauvek: niko je ne može povratiti iz datoteke, a izmene napravljene pre uklanjanja više se ne mogu poništiti.</numerusform>
            <numerusform>%n obrisane fotografije se još čuvaju u datoteci projekta da bi se brisanje moglo poništiti. Trajno uklanjanje ih briše zauvek: niko ih ne može povratiti iz datoteke, a izmene napravljene pre uklanjanja više se ne mogu poništiti.</numerusform>
            <numerusform>%n obrisanih fotografija se još čuva u datoteci projekta da bi se brisanje moglo poništiti. Trajno uklanjanje ih briše zauvek: niko ih ne može povratiti iz datoteke, a izmene napravljene pre uklanjanja više se ne mogu poništiti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Purged %n deleted photo(s) from the project file.</source>
        <translation>
            <numerusform>Iz datoteke projekta trajno je uklonjena %n obrisana fotografija.</numerusform>
            <numerusform>Iz datoteke projekta trajno su uklonjene %n obrisane fotografije.</numerusform>
            <numerusform>Iz datoteke projekta trajno je uklonjeno %n obrisanih fotografija.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add site: click the map where the camera is (Esc to stop)</source>
        <translation>Dodavanje lokacije: kliknite na kartu gde je kamera (Esc za kraj)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project is read-only.</source>
        <translation>Projekat je otvoren samo za čitanje.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added a camera at %1 — Undo (Ctrl+Z)</source>
        <translation>Dodata kamera na %1 — Poništi (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>site %1</source>
        <translation>lokacija %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site %1 (%2)</source>
        <translation>lokacija %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Likely duplicate: %1 with %n camera(s) is %2 m away.</source>
        <translation>
            <numerusform>Verovatan duplikat: %1 sa %n kamerom je udaljena %2 m.</numerusform>
            <numerusform>Verovatan duplikat: %1 sa %n kamere je udaljena %2 m.</numerusform>
            <numerusform>Verovatan duplikat: %1 sa %n kamera je udaljena %2 m.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to existing site</source>
        <translation>Dodaj na postojeću lokaciju</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added a camera to site %1 — Undo (Ctrl+Z)</source>
        <translation>Dodata kamera na lokaciju %1 — Poništi (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New site here</source>
        <translation>Nova lokacija ovde</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Added camera %1 at site %2 — Undo (Ctrl+Z)</source>
        <translation>Dodata kamera %1 na lokaciji %2 — Poništi (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — Undo (Ctrl+Z)</source>
        <translation>%1 — Poništi (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Camera %1 marked %2 by %3</source>
        <translation>Kameru %1 je označio/la %3: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The previous camera no longer exists.</source>
        <translation>Prethodna kamera više ne postoji.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied the attributes of camera %1</source>
        <translation>Kopirani atributi kamere %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach Photos</source>
        <translation>Prilaganje fotografija</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+46"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: ne može da se pročita: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-34"/>
        <source>Attached %n photo(s); their metadata was removed</source>
        <translation>
            <numerusform>Priložena je %n fotografija; metapodaci su uklonjeni</numerusform>
            <numerusform>Priložene su %n fotografije; metapodaci su uklonjeni</numerusform>
            <numerusform>Priloženo je %n fotografija; metapodaci su uklonjeni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The photo was taken %1 m from the site. Place site at the photo&apos;s position (%2)?</source>
        <translation>Fotografija je snimljena %1 m od lokacije. Premestiti lokaciju na položaj fotografije (%2)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>Place site there</source>
        <translation>Premesti lokaciju tamo</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Moved site %1 to the photo&apos;s position — Undo (Ctrl+Z)</source>
        <translation>Lokacija %1 premeštena na položaj fotografije — Poništi (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Site from Photo</source>
        <translation>Dodavanje lokacije iz fotografije</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has a GPS position. Place site at the photo&apos;s position (%2)?</source>
        <translation>%1 ima GPS položaj. Postaviti lokaciju na položaj fotografije (%2)?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no GPS position: select or pin its camera, then attach it.</source>
        <translation>%1 nema GPS položaj: izaberite ili označite njenu kameru, pa je priložite.</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::HistoryPanel</name>
    <message>
        <location filename="../../ui/historypanel.cpp" line="+13"/>
        <source>Time</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo to Here</source>
        <translation>Poništi do ovde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo (or redo) the project to the state right after the selected entry</source>
        <translation>Poništava (ili ponavlja) projekat do stanja odmah posle izabrane stavke</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Undone, then given up when a new edit followed: it cannot be redone</source>
        <translation>Poništeno, pa odbačeno kad je usledila nova izmena: ne može da se ponovi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: double-click to redo up to here</source>
        <translation>Poništeno: dvoklik ponavlja do ovde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start of history (everything undone)</source>
        <translation>Početak istorije (sve poništeno)</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::ImageExportDialog</name>
    <message>
        <location filename="../../ui/imageexportdialog.cpp" line="+37"/>
        <source>A4 landscape</source>
        <translation>A4 položeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 portrait</source>
        <translation>A4 uspravno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 landscape</source>
        <translation>A3 položeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 portrait</source>
        <translation>A3 uspravno</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+150"/>
        <source>Export Map Image</source>
        <translation>Izvoz slike karte</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Title printed above the map (optional)</source>
        <translation>Naslov odštampan iznad karte (nije obavezan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>PNG slika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>SVG crtež</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As shown on screen</source>
        <translation>Kao na ekranu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>Prilagođeno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> px</source>
        <translation> piks.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Pregledaj…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Veličina:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Rezolucija:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Datoteka:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Izvezi</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Larger than the largest export (A3 at 300 dpi, 4961 × 3508 pixels).</source>
        <translation>Veće od najvećeg izvoza (A3 na 300 dpi, 4961 × 3508 piksela).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 pixels, %3 × %4 mm printed at %5 dpi.</source>
        <translation>%1 × %2 piksela, %3 × %4 mm odštampano na %5 dpi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG crtež (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>PNG slika (*.png)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a file to write the image to.</source>
        <translation>Izaberite datoteku u koju će se upisati slika.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The map is gone.</source>
        <translation>Karta više ne postoji.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot export the map image</source>
        <translation>Slika karte ne može da se izveze</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::LayersPanel</name>
    <message>
        <location filename="../../ui/layerspanel.cpp" line="+24"/>
        <source>Basemap</source>
        <translation>Podloga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vector (offline)</source>
        <translation>Vektorska (van mreže)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenStreetMap tiles</source>
        <translation>OpenStreetMap pločice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBTiles file…</source>
        <translation>MBTiles datoteka…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenStreetMap tiles need a network connection; tiles seen before are cached.</source>
        <translation>OpenStreetMap pločicama treba mrežna veza; već viđene pločice se čuvaju.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality outlines and names</source>
        <translation>Granice i nazivi opština</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Density choropleth</source>
        <translation>Koropletna karta gustine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Prirodni prelomi (Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantile</source>
        <translation>Kvantili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal interval</source>
        <translation>Jednaki intervali</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metric</source>
        <translation>Pokazatelj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>Klase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heatmap</source>
        <translation>Toplotna karta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quartic</source>
        <translation>Kvartično</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian</source>
        <translation>Gausovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed maximum</source>
        <translation>Fiksni maksimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one colour scale for every view, so maps of different towns compare</source>
        <translation>Ista skala boja za svaki prikaz, da bi se karte različitih mesta mogle porediti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> /km²</source>
        <translation> /km²</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Radius</source>
        <translation>Poluprečnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel</source>
        <translation>Jezgro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cameras</source>
        <translation>Kamere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show cameras</source>
        <translation>Prikaži kamere</translation>
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
        <translation>Otvaranje MBTiles podloge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Sve datoteke (*)</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+7"/>
        <location line="+605"/>
        <source>Nadzor</source>
        <translation>Nadzor</translation>
    </message>
    <message>
        <location line="-594"/>
        <source>Basemap (vector)</source>
        <translation>Podloga (vektorska)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+78"/>
        <source>Density</source>
        <translation>Gustina</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Heatmap</source>
        <translation>Toplotna karta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Municipalities</source>
        <translation>Opštine</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Layers</source>
        <translation>Slojevi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cameras</source>
        <translation>Kamere</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Novi projekat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new project file</source>
        <translation>Pravi novu datoteku projekta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Otvori projekat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a project file</source>
        <translation>Otvara datoteku projekta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Cameras…</source>
        <translation>&amp;Uvezi kamere…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cameras from GeoJSON, CSV, GPX, KML, GeoPackage, Shapefile or OSM</source>
        <translation>Uvozi kamere iz GeoJSON, CSV, GPX, KML, GeoPackage, Shapefile ili OSM datoteke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Cameras…</source>
        <translation>&amp;Izvezi kamere…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the cameras that pass the filter</source>
        <translation>Izvozi kamere koje prolaze filter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+451"/>
        <source>&amp;Undo</source>
        <translation>&amp;Poništi</translation>
    </message>
    <message>
        <location line="-448"/>
        <location line="+449"/>
        <source>&amp;Redo</source>
        <translation>P&amp;onovi</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>&amp;Find Cameras…</source>
        <translation>&amp;Pronađi kamere…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Uvećaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>U&amp;manji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom In</source>
        <translation>Uvećaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>Umanji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;Municipalities</source>
        <translation>Prikaži sve &amp;opštine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Ceo ekran</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Otvori &amp;nedavne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import &amp;Boundaries…</source>
        <translation>Uvezi &amp;granice…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import municipality boundaries from any vector file and choose their name, code and population fields</source>
        <translation>Uvozi granice opština iz bilo koje vektorske datoteke i bira polja naziva, šifre i broja stanovnika</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Uredi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Panels</source>
        <translation>P&amp;aneli</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Po&amp;moć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Nadzor</source>
        <translation>&amp;O programu Nadzor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt-u</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Glavna</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing…</source>
        <translation>Računa se…</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Cannot create the default project</source>
        <translation>Podrazumevani projekat ne može da se napravi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the folder cannot be created.</source>
        <translation>%1: fascikla ne može da se napravi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+154"/>
        <source>Cannot create the project</source>
        <translation>Projekat ne može da se napravi</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+14"/>
        <source>Cannot open the project</source>
        <translation>Projekat ne može da se otvori</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot load the municipalities</source>
        <translation>Opštine ne mogu da se učitaju</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save the municipalities into the project</source>
        <translation>Opštine ne mogu da se sačuvaju u projekat</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+59"/>
        <source>Cannot read the project&apos;s cameras</source>
        <translation>Kamere projekta ne mogu da se pročitaju</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Opened %1</source>
        <translation>Otvoren %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New Project</source>
        <translation>Novi projekat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nadzor projects (*.nadzor)</source>
        <translation>Nadzor projekti (*.nadzor)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already exists. Nadzor never overwrites a file: choose another name, or open it.</source>
        <translation>%1 već postoji. Nadzor nikad ne prepisuje datoteku: izaberite drugo ime ili je otvorite.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Project</source>
        <translation>Otvaranje projekta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nadzor projects (*.nadzor);;All files (*)</source>
        <translation>Nadzor projekti (*.nadzor);;Sve datoteke (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recent projects</source>
        <translation>Nema nedavnih projekata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear List</source>
        <translation>Očisti spisak</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Poništi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>P&amp;onovi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Poništi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Ponovi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1%2 — Nadzor</source>
        <translation>%1%2 — Nadzor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (read-only)</source>
        <translation> (samo za čitanje)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot undo</source>
        <translation>Poništavanje nije moguće</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undone: %1</source>
        <translation>Poništeno: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot redo</source>
        <translation>Ponavljanje nije moguće</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redone: %1</source>
        <translation>Ponovljeno: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Boundaries imported</source>
        <translation>Granice su uvezene</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n boundaries imported into &apos;%1&apos;.</source>
        <translation>
            <numerusform>U „%1“ je uvezena %n granica.</numerusform>
            <numerusform>U „%1“ su uvezene %n granice.</numerusform>
            <numerusform>U „%1“ je uvezeno %n granica.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save the boundaries</source>
        <translation>Granice ne mogu da se sačuvaju</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Boundary layer &apos;%1&apos;: %n boundaries — Undo (Ctrl+Z)</source>
        <translation>
            <numerusform>Sloj granica „%1“: %n granica — Poništi (Ctrl+Z)</numerusform>
            <numerusform>Sloj granica „%1“: %n granice — Poništi (Ctrl+Z)</numerusform>
            <numerusform>Sloj granica „%1“: %n granica — Poništi (Ctrl+Z)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Cameras</source>
        <translation>Uvoz kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera files (*.geojson *.json *.csv *.gpx *.kml *.gpkg *.shp *.fgb *.osm *.pbf);;All files (*)</source>
        <translation>Datoteke kamera (*.geojson *.json *.csv *.gpx *.kml *.gpkg *.shp *.fgb *.osm *.pbf);;Sve datoteke (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Cannot import</source>
        <translation>Uvoz nije moguć</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The project is read-only.</source>
        <translation>Projekat je otvoren samo za čitanje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing %1…</source>
        <translation>Uvozi se %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1</source>
        <translation>Uvezeno: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+10"/>
        <source>Cannot import %1</source>
        <translation>%1 ne može da se uveze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 cameras at %2 sites from %3 in %4 s</source>
        <translation>Uvezeno kamera: %1, lokacija: %2 iz %3 za %4 s</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n site(s) could not be added:</source>
        <translation>
            <numerusform>%n lokacija nije mogla da se doda:</numerusform>
            <numerusform>%n lokacije nisu mogle da se dodaju:</numerusform>
            <numerusform>%n lokacija nije moglo da se doda:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import finished with notes</source>
        <translation>Uvoz je završen uz napomene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 cameras at %2 sites.</source>
        <translation>Uvezeno kamera: %1, lokacija: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Cameras</source>
        <translation>Izvoz kamera</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+20"/>
        <source>Cannot export</source>
        <translation>Izvoz nije moguć</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1: unknown format; use one of %2.</source>
        <translation>%1: nepoznat format; koristite jedan od: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported %1 cameras to %2 (%3)</source>
        <translation>Izvezeno kamera: %1 u %2 (%3)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot open the MBTiles basemap</source>
        <translation>MBTiles podloga ne može da se otvori</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 cameras</source>
        <translation>Kamera: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 cameras</source>
        <translation>Kamera: %1 od %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Scale 1:%1  zoom %2</source>
        <translation>Razmera 1:%1  zum %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: %2 cameras at %3 sites</source>
        <translation>%1: kamera %2, lokacija %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 per 1,000 inhabitants</source>
        <translation>, %1 na 1.000 stanovnika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 per km²</source>
        <translation>, %1 po km²</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Map tiles (when chosen): © OpenStreetMap contributors, ODbL.</source>
        <translation>Pločice karte (kada su izabrane): © OpenStreetMap saradnici, ODbL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour schemes: ColorBrewer, Cynthia A. Brewer, Pennsylvania State University.</source>
        <translation>Šeme boja: ColorBrewer, Sintija A. Bruer, Državni univerzitet Pensilvanije.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Nadzor</source>
        <translation>O programu Nadzor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Nadzor %1&lt;/h3&gt;&lt;p&gt;Mapping surveillance cameras in Serbia: where they are, who runs them, and how densely they cover each municipality.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLite, GDAL and PROJ.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nadzor %1&lt;/h3&gt;&lt;p&gt;Mapiranje nadzornih kamera u Srbiji: gde su, ko njima upravlja i koliko gusto pokrivaju svaku opštinu.&lt;/p&gt;&lt;p&gt;Napravljeno pomoću Qt %2, SQLite, GDAL i PROJ.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Podaci&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::MergePairPreview</name>
    <message>
        <location filename="../../ui/mergepairpreview.cpp" line="+129"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>existing</source>
        <translation>postojeća</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming</source>
        <translation>pristigla</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::MergeReviewDialog</name>
    <message>
        <location filename="../../ui/mergereviewdialog.cpp" line="+40"/>
        <source>Merge %1</source>
        <translation>Spajanje: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n site(s) in %1. Likely duplicates are listed: compare each pair and accept it (the same place: merge) or reject it (a different place: keep both).</source>
        <translation>
            <numerusform>%n lokacija u %1. Navedeni su verovatni duplikati: uporedite svaki par i prihvatite ga (isto mesto: spajanje) ili odbijte (drugo mesto: zadržavaju se obe).</numerusform>
            <numerusform>%n lokacije u %1. Navedeni su verovatni duplikati: uporedite svaki par i prihvatite ga (isto mesto: spajanje) ili odbijte (drugo mesto: zadržavaju se obe).</numerusform>
            <numerusform>%n lokacija u %1. Navedeni su verovatni duplikati: uporedite svaki par i prihvatite ga (isto mesto: spajanje) ili odbijte (drugo mesto: zadržavaju se obe).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who collected this data (names, comma-separated)</source>
        <translation>Ko je prikupio ove podatke (imena, odvojena zarezima)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contributors</source>
        <translation>Saradnici</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attribute</source>
        <translation>Atribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Existing</source>
        <translation>Postojeća</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incoming</source>
        <translation>Pristigla</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Accept: merge (A)</source>
        <translation>&amp;Prihvati: spoji (A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same place: merge the incoming site into the existing one</source>
        <translation>Isto mesto: spaja pristiglu lokaciju u postojeću</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject: keep both (R)</source>
        <translation>&amp;Odbij: zadrži obe (R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A different place: add the incoming site as a new site</source>
        <translation>Drugo mesto: dodaje pristiglu lokaciju kao novu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept All</source>
        <translation>Prihvati sve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Proposals</source>
        <translation>Nazad na predloge</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Apply Merge</source>
        <translation>Primeni spajanje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the merge as one step (Enter); Undo takes it back as a whole</source>
        <translation>Upisuje spajanje kao jedan korak (Enter); Poništi ga vraća u celini</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>merge</source>
        <translation>spoji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already there</source>
        <translation>već postoji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left out</source>
        <translation>izostavljeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep both</source>
        <translation>zadrži obe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add</source>
        <translation>dodaj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ accepted: %1</source>
        <translation>✓ prihvaćeno: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ rejected: %1</source>
        <translation>✗ odbijeno: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proposed: %1</source>
        <translation>predloženo: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1
%2 m apart, score %3 — %4</source>
        <translation>%1
razmak %2 m, ocena %3 — %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file has no sites to merge.</source>
        <translation>Datoteka nema lokacije za spajanje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No likely duplicates: every incoming site is new.</source>
        <translation>Nema verovatnih duplikata: svaka pristigla lokacija je nova.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pair %1 of %2: %3 m apart, score %4 (merged from %5 up) — %6</source>
        <translation>Par %1 od %2: razmak %3 m, ocena %4 (spaja se od %5 naviše) — %6</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Site</source>
        <translation>Lokacija</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>site %1</source>
        <translation>lokacija %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incoming</source>
        <translation>pristigla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Položaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera %1</source>
        <translation>Kamera %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>camera %1</source>
        <translation>kamera %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new to the site</source>
        <translation>nova na lokaciji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same camera?</source>
        <translation>ista kamera?</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 new, %2 merged, %3 kept both</source>
        <translation>novih: %1, spojenih: %2, zadržane obe: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n već u projektu</numerusform>
            <numerusform>%n već u projektu</numerusform>
            <numerusform>%n već u projektu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left out</source>
        <translation>
            <numerusform>%n izostavljena</numerusform>
            <numerusform>%n izostavljene</numerusform>
            <numerusform>%n izostavljeno</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::MergeWorkflow</name>
    <message>
        <location filename="../../ui/mergeworkflow.cpp" line="+23"/>
        <source>&amp;Merge Volunteer&apos;s Work…</source>
        <translation>&amp;Spoji rad volontera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge another volunteer&apos;s project or camera file, reviewing likely duplicates side by side</source>
        <translation>Spaja projekat ili datoteku kamera drugog volontera, uz pregled verovatnih duplikata jedan pored drugog</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Merge Volunteer&apos;s Work</source>
        <translation>Spajanje rada volontera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nadzor projects and camera files (*.nadzor *.geojson *.json *.csv *.gpx *.kml *.gpkg *.shp *.fgb *.osm *.pbf);;All files (*)</source>
        <translation>Nadzor projekti i datoteke kamera (*.nadzor *.geojson *.json *.csv *.gpx *.kml *.gpkg *.shp *.fgb *.osm *.pbf);;Sve datoteke (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The project is read-only.</source>
        <translation>Projekat je otvoren samo za čitanje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the open project: choose another volunteer&apos;s file.</source>
        <translation>%1 je otvoreni projekat: izaberite datoteku drugog volontera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparing %1 with the project…</source>
        <translation>Poredi se %1 sa projektom…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nothing to merge: %1 adds nothing new.</source>
        <translation>Nema šta da se spoji: %1 ne donosi ništa novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — Undo (Ctrl+Z)</source>
        <translation>%1 — Poništi (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot merge</source>
        <translation>Spajanje nije moguće</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::OsmValueLabels</name>
    <message>
        <location filename="../../app/domain/osmvaluelabels.cpp" line="+27"/>
        <source>Public space</source>
        <comment>surveillance=public</comment>
        <translation>Javni prostor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private outdoor area</source>
        <comment>surveillance=outdoor</comment>
        <translation>Privatni spoljni prostor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indoors</source>
        <comment>surveillance=indoor</comment>
        <translation>Zatvoreni prostor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera</source>
        <comment>surveillance:type=camera</comment>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence plate reader</source>
        <comment>surveillance:type=ALPR</comment>
        <translation>Čitač tablica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security guard</source>
        <comment>surveillance:type=guard</comment>
        <translation>Čuvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gunshot detector</source>
        <comment>surveillance:type=gunshot_detector</comment>
        <translation>Detektor pucnjave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed camera</source>
        <comment>surveillance:type=speed_camera</comment>
        <translation>Kamera za merenje brzine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red-light camera</source>
        <comment>surveillance:type=red_light_camera</comment>
        <translation>Kamera za prolazak na crveno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town</source>
        <comment>surveillance:zone=town</comment>
        <translation>Grad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <comment>surveillance:zone=traffic</comment>
        <translation>Saobraćaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parking</source>
        <comment>surveillance:zone=parking</comment>
        <translation>Parkiralište</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <comment>surveillance:zone=shop</comment>
        <translation>Prodavnica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building</source>
        <comment>surveillance:zone=building</comment>
        <translation>Zgrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <comment>surveillance:zone=area</comment>
        <translation>Područje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <comment>surveillance:zone=street</comment>
        <translation>Ulica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public place</source>
        <comment>surveillance:zone=public</comment>
        <translation>Javno mesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrance</source>
        <comment>surveillance:zone=entrance</comment>
        <translation>Ulaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <comment>surveillance:zone=bank</comment>
        <translation>Banka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash machine</source>
        <comment>surveillance:zone=atm</comment>
        <translation>Bankomat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <comment>surveillance:zone=school</comment>
        <translation>Škola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed</source>
        <comment>camera:type=fixed</comment>
        <translation>Fiksna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dome</source>
        <comment>camera:type=dome</comment>
        <translation>Kupola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panning</source>
        <comment>camera:type=panning</comment>
        <translation>Pokretna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wall</source>
        <comment>camera:mount=wall</comment>
        <translation>Zid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pole</source>
        <comment>camera:mount=pole</comment>
        <translation>Stub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceiling</source>
        <comment>camera:mount=ceiling</comment>
        <translation>Plafon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street lamp</source>
        <comment>camera:mount=street_lamp</comment>
        <translation>Stub javne rasvete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic light</source>
        <comment>camera:mount=traffic_signal</comment>
        <translation>Semafor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building</source>
        <comment>camera:mount=building</comment>
        <translation>Fasada zgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gantry</source>
        <comment>camera:mount=gantry</comment>
        <translation>Portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bridge</source>
        <comment>camera:mount=bridge</comment>
        <translation>Most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mast</source>
        <comment>camera:mount=mast</comment>
        <translation>Jarbol</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::PhotoStrip</name>
    <message>
        <location filename="../../ui/photostrip.cpp" line="+25"/>
        <source>Photos of this camera: drop image files here to attach them (metadata is removed)</source>
        <translation>Fotografije ove kamere: prevucite datoteke slika ovde da ih priložite (metapodaci se uklanjaju)</translation>
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
        <translation>Podešavanja</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Author name:</source>
        <translation>&amp;Ime autora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written to the edit history and to reviews. A pseudonym is fine.</source>
        <translation>Upisuje se u istoriju izmena i u preglede. Može i pseudonim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Duplicate warning within:</source>
        <translation>Upozorenje na &amp;duplikat unutar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new pin this close to an existing site asks whether the camera belongs to that site. 0 turns the warning off.</source>
        <translation>Za novu oznaku ovako blizu postojeće lokacije pita se da li kamera pripada toj lokaciji. 0 isključuje upozorenje.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System default</source>
        <translation>Podrazumevano u sistemu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menus, panels, reports and place names. Applied at once.</source>
        <translation>Meniji, paneli, izveštaji i nazivi mesta. Primenjuje se odmah.</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::PresentationController</name>
    <message>
        <location filename="../../ui/presentationcontroller.cpp" line="+27"/>
        <source>Slides</source>
        <translation>Slajdovi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Present…</source>
        <translation>P&amp;rezentuj…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the slides full screen; arrow keys step, Esc leaves</source>
        <translation>Prikazuje slajdove preko celog ekrana; strelice menjaju slajd, Esc izlazi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Slide from View</source>
        <translation>Dodaj &amp;slajd iz prikaza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save what the map shows as a slide of the briefing</source>
        <translation>Čuva ono što karta prikazuje kao slajd prezentacije</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Map &amp;Image…</source>
        <translation>Izvezi &amp;sliku karte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the map as a PNG or SVG with title, legend and attribution</source>
        <translation>Čuva kartu kao PNG ili SVG sa naslovom, legendom i navođenjem izvora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report…</source>
        <translation>I&amp;zveštaj…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the density report or a town fact sheet (PDF, HTML, CSV, GeoJSON)</source>
        <translation>Pravi izveštaj o gustini ili informativni list mesta (PDF, HTML, CSV, GeoJSON)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Slide %1</source>
        <translation>Slajd %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Slide</source>
        <translation>Dodavanje slajda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title shown on the slide:</source>
        <translation>Naslov prikazan na slajdu:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot add the slide</source>
        <translation>Slajd ne može da se doda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added slide %1: %2</source>
        <translation>Dodat slajd %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Slide filter: %1</source>
        <translation>Filter slajda: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Present</source>
        <translation>Prezentuj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the presentation on:</source>
        <translation>Prikaži prezentaciju na:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Map image written to %1</source>
        <translation>Slika karte upisana u %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report written to %1</source>
        <translation>Izveštaj upisan u %1</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::PresentationOverlay</name>
    <message>
        <location filename="../../ui/presentationoverlay.cpp" line="+84"/>
        <source>Camera density</source>
        <translation>Gustina kamera</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>fewer</source>
        <translation>manje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more cameras</source>
        <translation>više kamera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>per km², within %1</source>
        <translation>po km², u krugu od %1</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::PresentationWindow</name>
    <message>
        <location filename="../../ui/presentationwindow.cpp" line="+28"/>
        <source>Nadzor — Presentation</source>
        <translation>Nadzor — Prezentacija</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Untitled slide</source>
        <translation>Slajd bez naslova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide %1 of %2</source>
        <translation>Slajd %1 od %2</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::PromptBar</name>
    <message>
        <location filename="../../ui/promptbar.cpp" line="+25"/>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::ReportDialog</name>
    <message>
        <location filename="../../ui/reportdialog.cpp" line="+80"/>
        <source>Report</source>
        <translation>Izveštaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Density report: every municipality</source>
        <translation>Izveštaj o &amp;gustini: sve opštine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town &amp;fact sheet:</source>
        <translation>&amp;Informativni list mesta:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Default: &quot;Surveillance cameras in …&quot;</source>
        <translation>Podrazumevano: „Nadzorne kamere u …“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choropleth of the metric</source>
        <translation>Koropletna karta pokazatelja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heatmap of the cameras</source>
        <translation>Toplotna karta kamera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document</source>
        <translation>PDF dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page</source>
        <translation>HTML stranica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table</source>
        <translation>CSV tabela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoJSON (table with geometry)</source>
        <translation>GeoJSON (tabela sa geometrijom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>Pregledaj…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Pokazatelj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;ap:</source>
        <translation>&amp;Karta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Datoteka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameras:</source>
        <translation>Kamere:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write Report</source>
        <translation>&amp;Napravi izveštaj</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Write Report</source>
        <translation>Napravi izveštaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The main window is gone.</source>
        <translation>Glavni prozor više ne postoji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file to write the report to.</source>
        <translation>Izaberite datoteku u koju će se upisati izveštaj.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no boundary layer to report on.</source>
        <translation>Nema sloja granica za izveštaj.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>project file %1</source>
        <translation>datoteka projekta %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the open project</source>
        <translation>otvoreni projekat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a municipality for the fact sheet.</source>
        <translation>Izaberite opštinu za informativni list.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing %1…</source>
        <translation>Upisuje se %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Written to %1.</source>
        <translation>Upisano u %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Cannot write the report</source>
        <translation>Izveštaj ne može da se upiše</translation>
    </message>
</context>
<context>
    <name>nadzor::ui::ReviewPanel</name>
    <message>
        <location filename="../../ui/reviewpanel.cpp" line="+22"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observed</source>
        <translation>Uočeno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manufacturer</source>
        <translation>Proizvođač</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n camera(s) await review</source>
        <translation>
            <numerusform>%n kamera čeka pregled</numerusform>
            <numerusform>%n kamere čekaju pregled</numerusform>
            <numerusform>%n kamera čeka pregled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nadzor::ui::SlidesPanel</name>
    <message>
        <location filename="../../ui/slidespanel.cpp" line="+36"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a slide of the current view (Ctrl+M)</source>
        <translation>Dodaje slajd trenutnog prikaza (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Gore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the slide up</source>
        <translation>Pomera slajd nagore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Dole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the slide down</source>
        <translation>Pomera slajd nadole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the slide</source>
        <translation>Briše slajd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Prezentuj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present from the selected slide (F5)</source>
        <translation>Prezentuje od izabranog slajda (F5)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <location line="+176"/>
        <source>Cannot move the slide</source>
        <translation>Slajd ne može da se pomeri</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Cannot delete the slide</source>
        <translation>Slajd ne može da se obriše</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read the slides</source>
        <translation>Slajdovi ne mogu da se pročitaju</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Untitled</source>
        <translation>Bez naslova</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>density</source>
        <translation>gustina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heatmap</source>
        <translation>toplotna karta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cameras</source>
        <translation>kamere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide %1: zoom %2; %3%4</source>
        <translation>Slajd %1: zum %2; %3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; filter %1</source>
        <translation>; filter %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No project is open.</source>
        <translation>Nijedan projekat nije otvoren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+16"/>
        <source>No slide %1.</source>
        <translation>Nema slajda %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot rename the slide</source>
        <translation>Slajd ne može da se preimenuje</translation>
    </message>
</context>
</TS>
