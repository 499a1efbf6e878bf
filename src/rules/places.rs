//! Places: countries, their adjectives, capitals and large cities, regions, and the nouns
//! that mark a place (`the Donetsk region`). Lowercase; multi-word names are spelled with
//! single spaces (`new york`) and matched against runs of capitalised words.

/// Countries and territories, with common short forms (`u.s.`, `uk`, `britain`).
pub const COUNTRIES: &str = "\
abkhazia
afghanistan
albania
algeria
america
andorra
angola
antigua
argentina
armenia
australia
austria
azerbaijan
bahamas
bahrain
bangladesh
barbados
belarus
belgium
belize
benin
bhutan
bolivia
bosnia
botswana
brazil
britain
brunei
bulgaria
burkina faso
burma
burundi
cambodia
cameroon
canada
cape verde
catalonia
central african republic
chad
chechnya
chile
china
colombia
comoros
congo
costa rica
crimea
croatia
cuba
cyprus
czech republic
czechia
denmark
djibouti
dominica
dominican republic
drc
east timor
ecuador
egypt
el salvador
england
equatorial guinea
eritrea
estonia
eswatini
ethiopia
fiji
finland
france
gabon
gambia
gaza
georgia
germany
ghana
great britain
greece
greenland
grenada
guatemala
guinea
guinea-bissau
guyana
haiti
holland
honduras
hong kong
hungary
iceland
india
indonesia
iran
iraq
ireland
israel
italy
ivory coast
jamaica
japan
jordan
kashmir
kazakhstan
kenya
kiribati
korea
kosovo
kurdistan
kuwait
kyrgyzstan
laos
latvia
lebanon
lesotho
liberia
libya
liechtenstein
lithuania
luxembourg
macau
madagascar
malawi
malaysia
maldives
mali
malta
mauritania
mauritius
mexico
micronesia
moldova
monaco
mongolia
montenegro
morocco
mozambique
myanmar
namibia
nauru
nepal
netherlands
new zealand
nicaragua
niger
nigeria
north korea
north macedonia
northern ireland
norway
oman
pakistan
palau
palestine
panama
papua new guinea
paraguay
peru
philippines
poland
portugal
puerto rico
qatar
romania
russia
rwanda
samoa
san marino
saudi arabia
scotland
senegal
serbia
seychelles
sierra leone
singapore
slovakia
slovenia
solomon islands
somalia
somaliland
south africa
south korea
south sudan
spain
sri lanka
sudan
suriname
sweden
switzerland
syria
taiwan
tajikistan
tanzania
thailand
tibet
togo
tonga
transnistria
trinidad
tunisia
turkey
turkmenistan
tuvalu
u.k.
u.s.
uae
uganda
uk
ukraine
united arab emirates
united kingdom
united states
uruguay
us
usa
uzbekistan
vanuatu
vatican
venezuela
vietnam
wales
west bank
yemen
zambia
zimbabwe
";

/// Adjectives of countries, regions and communities, and the capitalised compass
/// adjectives: `Russian forces`, `Western backers`. Never an entity by themselves.
pub const DEMONYMS: &str = "\
afghan
african
albanian
algerian
american
andorran
angolan
arab
arabian
argentine
argentinian
armenian
asian
atlantic
australian
austrian
azerbaijani
bahraini
balkan
baltic
bangladeshi
basque
belarusian
belgian
bolivian
bosnian
brazilian
brit
british
briton
bulgarian
burmese
californian
cambodian
cameroonian
canadian
caribbean
catalan
catholic
chadian
chechen
chilean
chinese
christian
colombian
congolese
crimean
croatian
cuban
cypriot
czech
danish
dutch
eastern
ecuadorian
egyptian
emirati
english
eritrean
estonian
ethiopian
european
filipino
finnish
french
gazan
georgian
german
ghanaian
greek
guatemalan
haitian
hindu
hispanic
honduran
hungarian
icelandic
indian
indonesian
iranian
iraqi
irish
israeli
italian
ivorian
jamaican
japanese
jewish
jordanian
kazakh
kenyan
kiwi
korean
kosovar
kurdish
kuwaiti
kyrgyz
lao
latin
latvian
lebanese
liberian
libyan
lithuanian
luxembourgish
macedonian
malagasy
malaysian
maldivian
malian
maltese
mauritanian
mediterranean
mexican
moldovan
mongolian
montenegrin
moroccan
mozambican
muslim
namibian
nepalese
new zealander
nicaraguan
nigerian
nigerien
nordic
northern
norwegian
omani
orthodox
pacific
pakistani
palestinian
panamanian
paraguayan
persian
peruvian
polish
portuguese
protestant
qatari
romanian
russian
rwandan
saudi
scandinavian
scottish
senegalese
serbian
shia
shiite
sikh
singaporean
slovak
slovenian
somali
southern
soviet
spanish
sudanese
sunni
swedish
swiss
syrian
taiwanese
tajik
tanzanian
texan
thai
tibetan
tunisian
turkish
turkmen
ugandan
ukrainian
uruguayan
uzbek
venezuelan
vietnamese
welsh
western
yemeni
zambian
zimbabwean
";

/// Capitals and large or much-reported cities.
pub const CITIES: &str = "\
abidjan
abu dhabi
abuja
acapulco
accra
addis ababa
aden
agra
ahmedabad
aleppo
alexandria
algiers
almaty
amman
amritsar
amsterdam
ankara
antalya
antananarivo
antofagasta
antwerp
arequipa
arusha
asmara
astana
asuncion
aswan
athens
atlanta
auckland
austin
avdiivka
baghdad
bahir dar
bakhmut
baku
baltimore
bamako
bandung
bangalore
bangkok
banjul
barcelona
barranquilla
basra
beijing
beirut
belfast
belgorod
belgrade
belo horizonte
bengaluru
benghazi
berlin
bern
bhopal
birmingham
bishkek
blantyre
bogota
bonn
boston
brasilia
bratislava
brazzaville
bremen
brussels
bucha
bucharest
budapest
buenos aires
bujumbura
bukavu
bulawayo
busan
cairo
calgary
cali
cambridge
canberra
cancun
cancún
cape town
caracas
cardiff
cartagena
casablanca
cebu
chandigarh
chengdu
chennai
chernihiv
chiang mai
chiang rai
chicago
chisinau
chittagong
ciudad juarez
cleveland
cochabamba
cologne
colombo
conakry
copenhagen
cordoba
cotonou
culiacan
culiacán
curitiba
cusco
cuzco
córdoba
da nang
dakar
dallas
damascus
dar es salaam
daraa
davao
davos
delhi
denpasar
denver
detroit
dhaka
diyarbakir
dnipro
dodoma
doha
donetsk
dortmund
douala
dresden
dubai
dublin
durban
dushanbe
dusseldorf
edinburgh
edmonton
el alto
el fasher
eldoret
erbil
essen
faisalabad
fallujah
florence
fortaleza
frankfurt
freetown
gaborone
gaza city
gaziantep
gdansk
geneva
glasgow
goma
grozny
guadalajara
guangzhou
guatemala city
guayaquil
guwahati
haifa
haiphong
halifax
hamburg
hanoi
hanover
harare
hargeisa
havana
hebron
helsinki
herat
hiroshima
ho chi minh city
hodeidah
homs
hong kong
houston
hyderabad
ibadan
idlib
indore
iquique
irpin
isfahan
islamabad
istanbul
izium
izmir
jaffna
jaipur
jakarta
jalalabad
jammu
jeddah
jenin
jerusalem
johannesburg
juba
kabul
kaliningrad
kampala
kandahar
kano
kanpur
karachi
karbala
kathmandu
khan younis
kharkiv
kharkov
khartoum
kherson
khulna
kiev
kigali
kingston
kinshasa
kirkuk
kismayo
kisumu
kochi
kolkata
kota kinabalu
krakow
kramatorsk
kuala lumpur
kumasi
kunduz
kursk
kuwait city
kyiv
la paz
lagos
lahore
las vegas
latakia
leeds
leipzig
libreville
lilongwe
lima
lisbon
liverpool
ljubljana
lome
lomé
london
los angeles
luanda
lubumbashi
lucknow
ludhiana
luhansk
lusaka
luxembourg
luxor
lviv
lyon
madrid
maiduguri
makassar
male
managua
manaus
manchester
mandalay
manila
maputo
maracaibo
mariupol
marrakech
marrakesh
marseille
mashhad
mecca
medan
medellin
medina
mekelle
melbourne
melitopol
mexico city
miami
milan
minneapolis
minsk
misrata
mogadishu
mombasa
monrovia
monterrey
montevideo
montreal
moscow
mosul
multan
mumbai
munich
muscat
mykolaiv
nablus
nagpur
nairobi
najaf
nakuru
naples
nashville
nassau
naypyidaw
new delhi
new orleans
new york
niamey
nicosia
nouakchott
novosibirsk
nuremberg
oaxaca
odesa
odessa
omdurman
oran
osaka
oslo
ottawa
ouagadougou
oxford
panama city
paris
patna
pattaya
penang
peshawar
philadelphia
phnom penh
phoenix
phuket
pittsburgh
podgorica
pokhara
poltava
port harcourt
port of spain
port said
port sudan
port-au-prince
portland
porto
porto alegre
potosi
potosí
prague
pretoria
pristina
puebla
pune
pyongyang
qom
quebec
quetta
quezon city
quito
rabat
rafah
ramallah
raqqa
rawalpindi
recife
reykjavik
riga
rio de janeiro
riyadh
rome
rostov
rotterdam
sacramento
saint petersburg
san antonio
san diego
san francisco
san juan
san salvador
sanaa
santa cruz
santiago
santo domingo
sao paulo
sarajevo
seattle
seoul
sevastopol
severodonetsk
seville
sfax
shanghai
shenzhen
shimla
shiraz
sidon
siem reap
sievierodonetsk
silicon valley
singapore
skopje
sloviansk
sofia
soledar
soweto
srinagar
st louis
st petersburg
st. louis
st. petersburg
stockholm
strasbourg
stuttgart
sumy
surabaya
surat
sydney
sylhet
tabriz
taipei
taiz
tallinn
tangier
tashkent
tbilisi
tegucigalpa
tehran
tel aviv
the hague
thimphu
tijuana
timbuktu
tirana
tokyo
toronto
tripoli
tunis
turin
ulaanbaatar
valencia
valletta
valparaiso
valparaíso
vancouver
varanasi
venice
vienna
vientiane
vilnius
vinnytsia
vladivostok
volgograd
wall street
warsaw
washington
wellington
windhoek
winnipeg
wuhan
yangon
yaounde
yaoundé
yekaterinburg
yerevan
yogyakarta
zagreb
zamboanga
zanzibar
zaporizhzhia
zaporizhzhya
zurich
";

/// Continents, seas, regions, states and provinces.
pub const REGIONS: &str = "\
abkhazia
aceh
africa
alabama
alaska
alberta
aleppo
alps
amazon
amhara
anatolia
andalusia
andes
andhra pradesh
antarctica
antioquia
araucania
araucanía
arctic
ariz
arizona
arkansas
asia
assam
atacama
atlantic
bahia
bali
balkans
balochistan
baltic sea
baltics
bavaria
belgorod
bengal
bihar
black sea
bohol
borneo
british columbia
brittany
bryansk
cabo delgado
calif
california
caribbean
caucasus
central america
central asia
central europe
chechnya
chernihiv
chiapas
chihuahua
colorado
conn
connecticut
cornwall
corsica
crimea
d.c.
dagestan
darfur
delaware
dnipropetrovsk
donbas
donbass
donetsk
earth
east africa
east asia
eastern cape
eastern europe
europe
far east
fla
flanders
florida
gauteng
gaza strip
golan heights
gujarat
gulf
hawaii
highlands
himachal pradesh
himalayas
hokkaido
horn of africa
idaho
idlib
illinois
indian ocean
indiana
inner mongolia
iowa
ituri
jalisco
java
jharkhand
jubaland
jupiter
kansas
karabakh
karnataka
kasai
kashmir
katanga
kent
kentucky
kerala
kharkiv
kherson
khyber pakhtunkhwa
kordofan
kosovo
kurdistan
kursk
kwazulu-natal
kyiv region
lancashire
lapland
latin america
leyte
limpopo
lombardy
louisiana
luhansk
luzon
madhya pradesh
maharashtra
maine
manipur
manitoba
mars
maryland
massachusetts
mato grosso
mediterranean
mich
michigan
michoacan
michoacán
middle east
midlands
minas gerais
mindanao
minn
minnesota
mississippi
missouri
mont
montana
mykolaiv
n.c.
n.d.
n.h.
n.j.
n.m.
n.y.
nagorno-karabakh
near east
neb
nebraska
negev
nev
nevada
new brunswick
new hampshire
new jersey
new mexico
new south wales
newfoundland
normandy
north africa
north america
north carolina
north dakota
north kivu
nova scotia
nunavut
oceania
odesa
odisha
ohio
okinawa
okla
oklahoma
ontario
oregon
oromia
pacific
palawan
papua
patagonia
pennsylvania
persian gulf
poltava
provence
punjab
puntland
quebec
queensland
r.i.
rajasthan
red sea
rhode island
rio grande do sul
s.c.
s.d.
sahara
sahel
sarawak
sardinia
saskatchewan
saturn
saxony
scandinavia
sea of azov
siberia
sicily
silesia
sinai
sinaloa
sindh
somaliland
sonora
south america
south asia
south carolina
south china sea
south dakota
south kivu
south ossetia
southeast asia
sub-saharan africa
sulawesi
sumatra
sumy
tamaulipas
tamil nadu
tasmania
telangana
tenn
tennessee
texas
tibet
tierra del fuego
tigray
transnistria
transylvania
tuscany
ulster
utah
uttar pradesh
uttarakhand
venus
vermont
victoria
virginia
visayas
vt
wallonia
washington state
west africa
west bank
west virginia
western cape
western europe
wis
wisconsin
wyo
wyoming
xinjiang
yorkshire
yucatan
yucatán
yukon
zacatecas
zaporizhzhia
";

/// Nouns that make the capitalised word before or after them a place: `the Kharkhiv
/// region`, `the city of Bakhmut`.
pub const PLACE_NOUNS: &str = "\
area
border
borough
capital
city
coast
constituency
county
district
enclave
island
islands
municipality
neighborhood
neighbourhood
oblast
peninsula
port
province
region
regions
republic
state
suburb
territory
town
valley
village
";

/// Last words that make a capitalised run a place: `Nairobi River`, `Wembley Stadium`,
/// `Jasper National Park`, `Mexico City`.
pub const PLACE_HEADS: &str = "\
airport
arena
ave
avenue
bay
beach
blvd
boulevard
bridge
canal
canyon
cape
city
coast
county
crater
crescent
delta
desert
district
drive
embankment
expressway
falls
fjord
forest
freeway
glacier
gulf
harbor
harbour
heights
highway
hills
island
islands
lagoon
lake
mews
mountain
mountains
ocean
park
parkway
peninsula
plateau
plaza
pradesh
prefecture
promenade
province
rd
reef
region
ridge
river
road
sea
square
st
stadium
strait
street
terrace
turnpike
valley
volcano
";

/// Words before `of` that make the capitalised word after it a place: `residents of Cusco`,
/// `the outskirts of Kilifi`, `parts of Cebu` (besides [`PLACE_NOUNS`] and compass words).
pub const BEFORE_OF: &str = "\
governor
inhabitants
mayor
outskirts
parts
people
residents
streets
suburbs
";

/// Words before `to` that make the capitalised word after it a place: `the highway to
/// Puno`, `flights to Lamu`, `spread to Garissa`.
pub const BEFORE_TO: &str = "\
deliveries
fled
flight
flights
headed
highway
journey
moved
rail
road
roads
route
spread
spreading
traveled
travelled
trip
";

/// Words before `from` that make the capitalised word after it a place: `a farmer from
/// Jalandhar`, `40 kilometres from Chivay` (besides the nouns for people such as `resident`).
pub const BEFORE_FROM: &str = "\
away
families
family
farmer
farmers
fishermen
kilometers
kilometres
km
man
miles
native
woman
";

/// US states as AP style abbreviates them after a town (`Fresno, Calif.`), lowercase without
/// the period, with the state they name. (The abbreviations that end no sentence are in
/// `abbreviations::AMBIGUOUS` too.)
pub const AP_STATES: &[(&str, &str)] = &[
    ("ala", "Alabama"),
    ("ariz", "Arizona"),
    ("ark", "Arkansas"),
    ("calif", "California"),
    ("colo", "Colorado"),
    ("conn", "Connecticut"),
    ("del", "Delaware"),
    ("fla", "Florida"),
    ("ga", "Georgia"),
    ("ill", "Illinois"),
    ("ind", "Indiana"),
    ("kan", "Kansas"),
    ("ky", "Kentucky"),
    ("la", "Louisiana"),
    ("mass", "Massachusetts"),
    ("md", "Maryland"),
    ("mich", "Michigan"),
    ("minn", "Minnesota"),
    ("miss", "Mississippi"),
    ("mo", "Missouri"),
    ("mont", "Montana"),
    ("neb", "Nebraska"),
    ("nev", "Nevada"),
    ("okla", "Oklahoma"),
    ("ore", "Oregon"),
    ("pa", "Pennsylvania"),
    ("tenn", "Tennessee"),
    ("va", "Virginia"),
    ("vt", "Vermont"),
    ("wash", "Washington"),
    ("wis", "Wisconsin"),
    ("wyo", "Wyoming"),
];
