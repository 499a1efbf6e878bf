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
accra
addis ababa
aden
aleppo
alexandria
algiers
almaty
amman
amsterdam
ankara
antwerp
astana
asuncion
athens
atlanta
auckland
austin
avdiivka
baghdad
bakhmut
baku
baltimore
bamako
bangalore
bangkok
barcelona
basra
beijing
beirut
belfast
belgorod
belgrade
bengaluru
benghazi
berlin
bern
birmingham
bishkek
bogota
bonn
boston
brasilia
bratislava
bremen
brussels
bucha
bucharest
budapest
buenos aires
busan
cairo
calgary
cali
cambridge
canberra
cape town
caracas
cardiff
casablanca
chengdu
chennai
chernihiv
chicago
chisinau
chittagong
ciudad juarez
cleveland
cologne
colombo
conakry
copenhagen
dakar
dallas
damascus
dar es salaam
davos
delhi
denver
detroit
dhaka
dnipro
doha
donetsk
dortmund
douala
dresden
dubai
dublin
dushanbe
dusseldorf
edinburgh
edmonton
erbil
essen
florence
frankfurt
freetown
gaza city
gdansk
geneva
glasgow
grozny
guadalajara
guangzhou
guayaquil
haifa
halifax
hamburg
hanoi
hanover
harare
havana
hebron
helsinki
herat
hiroshima
ho chi minh city
homs
hong kong
houston
hyderabad
idlib
irpin
islamabad
istanbul
izium
jakarta
jeddah
jenin
jerusalem
johannesburg
juba
kabul
kaliningrad
kampala
kandahar
karachi
kathmandu
khan younis
kharkiv
kharkov
khartoum
kherson
kiev
kigali
kingston
kinshasa
kolkata
krakow
kramatorsk
kuala lumpur
kursk
kuwait city
kyiv
la paz
lagos
lahore
las vegas
leeds
leipzig
lima
lisbon
liverpool
ljubljana
london
los angeles
luanda
luhansk
lusaka
luxembourg
lviv
lyon
madrid
male
managua
manchester
manila
maputo
mariupol
marseille
mecca
medellin
medina
melbourne
melitopol
mexico city
miami
milan
minneapolis
minsk
mogadishu
monrovia
monterrey
montevideo
montreal
moscow
mosul
mumbai
munich
muscat
mykolaiv
nablus
nairobi
naples
nashville
nassau
naypyidaw
new delhi
new orleans
new york
niamey
nicosia
novosibirsk
nuremberg
odesa
odessa
osaka
oslo
ottawa
oxford
panama city
paris
philadelphia
phnom penh
phoenix
pittsburgh
podgorica
poltava
port-au-prince
portland
porto
prague
pretoria
pristina
pyongyang
quebec
quito
rabat
rafah
ramallah
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
sanaa
santiago
sao paulo
sarajevo
seattle
seoul
sevastopol
severodonetsk
seville
shanghai
shenzhen
sievierodonetsk
silicon valley
singapore
skopje
sloviansk
sofia
soledar
st louis
st petersburg
st. louis
st. petersburg
stockholm
strasbourg
stuttgart
sumy
sydney
taipei
tallinn
tashkent
tbilisi
tehran
tel aviv
the hague
thimphu
tijuana
tirana
tokyo
toronto
tripoli
tunis
turin
ulaanbaatar
valencia
valletta
vancouver
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
yekaterinburg
yerevan
zagreb
zaporizhzhia
zaporizhzhya
zurich
";

/// Continents, seas, regions, states and provinces.
pub const REGIONS: &str = "\
abkhazia
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
antarctica
arctic
ariz
arizona
arkansas
asia
atlantic
bali
balkans
baltic sea
baltics
bavaria
belgorod
bengal
black sea
borneo
british columbia
brittany
bryansk
calif
california
caribbean
caucasus
central america
central asia
central europe
chechnya
chernihiv
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
eastern europe
europe
far east
fla
flanders
florida
gaza strip
golan heights
gujarat
gulf
hawaii
highlands
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
java
jupiter
kansas
karabakh
kashmir
kent
kentucky
kerala
kharkiv
kherson
kosovo
kurdistan
kursk
kyiv region
lancashire
lapland
latin america
louisiana
luhansk
maharashtra
maine
manitoba
mars
maryland
massachusetts
mediterranean
mich
michigan
middle east
midlands
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
nova scotia
nunavut
oceania
odesa
ohio
okinawa
okla
oklahoma
ontario
oregon
pacific
patagonia
pennsylvania
persian gulf
poltava
provence
punjab
quebec
queensland
r.i.
red sea
rhode island
s.c.
s.d.
sahara
sahel
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
south america
south asia
south carolina
south china sea
south dakota
south ossetia
southeast asia
sub-saharan africa
sumatra
sumy
tamil nadu
tasmania
tenn
tennessee
texas
tibet
tigray
transnistria
transylvania
tuscany
ulster
utah
venus
vermont
victoria
virginia
vt
wallonia
washington state
west africa
west bank
west virginia
western europe
wis
wisconsin
wyo
wyoming
xinjiang
yorkshire
yukon
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
avenue
bay
beach
bridge
canal
canyon
cape
city
coast
county
crater
delta
desert
district
falls
fjord
forest
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
mountain
mountains
ocean
park
peninsula
plateau
plaza
prefecture
province
reef
region
ridge
river
road
sea
square
stadium
strait
street
valley
volcano
";
