import type { PlaceEntry } from "../../stages/entities/index.js";

/** Country | capitals and other names that stand for it | nationality adjective, inhabitants. */
const countries = `
Russia|Moscow,Russian Federation|Russian,Russians
United States|Washington,America,U.S.,US,USA,U.S.A.,United States of America|American,Americans
Ukraine|Kyiv,Kiev|Ukrainian,Ukrainians
France|Paris|French,Frenchman,Frenchmen
Germany|Berlin|German,Germans
United Kingdom|London,Britain,Great Britain,UK,U.K.,England|British,Briton,Britons,English
China|Beijing,Peking,People's Republic of China|Chinese
Japan|Tokyo|Japanese
India|New Delhi,Delhi|Indian,Indians
Iran|Tehran|Iranian,Iranians
Iraq|Baghdad|Iraqi,Iraqis
Syria|Damascus|Syrian,Syrians
Israel|Jerusalem,Tel Aviv|Israeli,Israelis
Palestine|Ramallah,Gaza|Palestinian,Palestinians
Lebanon|Beirut|Lebanese
Jordan|Amman|Jordanian,Jordanians
Egypt|Cairo|Egyptian,Egyptians
Saudi Arabia|Riyadh|Saudi,Saudis
Turkey|Ankara,Türkiye|Turkish,Turks
Greece|Athens|Greek,Greeks
Italy|Rome|Italian,Italians
Spain|Madrid|Spanish,Spaniards
Portugal|Lisbon|Portuguese
Belgium|Brussels|Belgian,Belgians
Netherlands|Amsterdam,The Hague,Holland|Dutch
Switzerland|Bern|Swiss
Austria|Vienna|Austrian,Austrians
Poland|Warsaw|Polish,Poles
Hungary|Budapest|Hungarian,Hungarians
Czech Republic|Prague,Czechia|Czech,Czechs
Slovakia|Bratislava|Slovak,Slovaks
Romania|Bucharest|Romanian,Romanians
Bulgaria|Sofia|Bulgarian,Bulgarians
Serbia|Belgrade|Serbian,Serbs
Croatia|Zagreb|Croatian,Croats
Bosnia and Herzegovina|Sarajevo,Bosnia|Bosnian,Bosnians
Kosovo|Pristina|Kosovar,Kosovars
Albania|Tirana|Albanian,Albanians
Moldova|Chisinau|Moldovan,Moldovans
Belarus|Minsk|Belarusian,Belarusians
Lithuania|Vilnius|Lithuanian,Lithuanians
Latvia|Riga|Latvian,Latvians
Estonia|Tallinn|Estonian,Estonians
Finland|Helsinki|Finnish,Finns
Sweden|Stockholm|Swedish,Swedes
Norway|Oslo|Norwegian,Norwegians
Denmark|Copenhagen|Danish,Danes
Ireland|Dublin|Irish
Georgia|Tbilisi|Georgian,Georgians
Armenia|Yerevan|Armenian,Armenians
Azerbaijan|Baku|Azerbaijani,Azerbaijanis
Kazakhstan|Astana|Kazakh,Kazakhs
Afghanistan|Kabul|Afghan,Afghans
Pakistan|Islamabad|Pakistani,Pakistanis
Bangladesh|Dhaka|Bangladeshi,Bangladeshis
North Korea|Pyongyang|North Korean,North Koreans
South Korea|Seoul|South Korean,South Koreans
Taiwan|Taipei|Taiwanese
Vietnam|Hanoi|Vietnamese
Thailand|Bangkok|Thai
Myanmar|Naypyidaw,Burma|Burmese
Cambodia|Phnom Penh|Cambodian,Cambodians
Indonesia|Jakarta|Indonesian,Indonesians
Philippines|Manila|Filipino,Filipinos
Malaysia|Kuala Lumpur|Malaysian,Malaysians
Australia|Canberra|Australian,Australians
New Zealand|Wellington|New Zealander,New Zealanders
Canada|Ottawa|Canadian,Canadians
Mexico|Mexico City|Mexican,Mexicans
Cuba|Havana|Cuban,Cubans
Venezuela|Caracas|Venezuelan,Venezuelans
Colombia|Bogotá,Bogota|Colombian,Colombians
Brazil|Brasília,Brasilia|Brazilian,Brazilians
Argentina|Buenos Aires|Argentine,Argentinian,Argentines
Chile|Santiago|Chilean,Chileans
Peru|Lima|Peruvian,Peruvians
Bolivia|La Paz,Sucre|Bolivian,Bolivians
Ecuador|Quito|Ecuadorian,Ecuadorians
Morocco|Rabat|Moroccan,Moroccans
Algeria|Algiers|Algerian,Algerians
Tunisia|Tunis|Tunisian,Tunisians
Libya|Tripoli|Libyan,Libyans
Sudan|Khartoum|Sudanese
Ethiopia|Addis Ababa|Ethiopian,Ethiopians
Kenya|Nairobi|Kenyan,Kenyans
Nigeria|Abuja|Nigerian,Nigerians
Niger|Niamey|Nigerien,Nigeriens
Mali|Bamako|Malian,Malians
Senegal|Dakar|Senegalese
Ivory Coast|Abidjan,Yamoussoukro,Côte d'Ivoire|Ivorian,Ivorians
Ghana|Accra|Ghanaian,Ghanaians
Benin|Porto-Novo,Cotonou|Beninese
Cameroon|Yaoundé|Cameroonian,Cameroonians
Democratic Republic of the Congo|Kinshasa,DRC|Congolese
Rwanda|Kigali|Rwandan,Rwandans
Uganda|Kampala|Ugandan,Ugandans
Tanzania|Dodoma|Tanzanian,Tanzanians
South Africa|Pretoria|South African,South Africans
Zimbabwe|Harare|Zimbabwean,Zimbabweans
Somalia|Mogadishu|Somali,Somalis
Yemen|Sanaa|Yemeni,Yemenis
Qatar|Doha|Qatari,Qataris
United Arab Emirates|Abu Dhabi,UAE|Emirati,Emiratis
Kuwait|Kuwait City|Kuwaiti,Kuwaitis
Vatican|Vatican City,Holy See|
Luxembourg|Luxembourg City|
Cyprus|Nicosia|Cypriot,Cypriots
Sri Lanka|Colombo|Sri Lankan,Sri Lankans
Sierra Leone|Freetown|Sierra Leonean,Sierra Leoneans
Monaco||Monegasque
Andorra||Andorran,Andorrans
Liechtenstein|Vaduz|
San Marino||
Jamaica|Kingston|Jamaican,Jamaicans
Haiti|Port-au-Prince|Haitian,Haitians
Dominican Republic|Santo Domingo|
Guatemala|Guatemala City|Guatemalan,Guatemalans
Honduras|Tegucigalpa|Honduran,Hondurans
El Salvador|San Salvador|Salvadoran,Salvadorans
Nicaragua|Managua|Nicaraguan,Nicaraguans
Costa Rica|San José,San Jose|Costa Rican,Costa Ricans
Panama|Panama City|Panamanian,Panamanians
Uruguay|Montevideo|Uruguayan,Uruguayans
Paraguay|Asunción,Asuncion|Paraguayan,Paraguayans
Guyana|Georgetown|Guyanese
Suriname|Paramaribo|Surinamese
Mongolia|Ulaanbaatar,Ulan Bator|Mongolian,Mongolians
Nepal|Kathmandu|Nepali,Nepalese
Bhutan|Thimphu|Bhutanese
Laos|Vientiane|Laotian,Laotians
Brunei||Bruneian
Singapore||Singaporean,Singaporeans
East Timor|Timor-Leste,Dili|Timorese
Papua New Guinea|Port Moresby|
Fiji|Suva|Fijian,Fijians
Samoa|Apia|Samoan,Samoans
Tonga||Tongan,Tongans
Kyrgyzstan|Bishkek|Kyrgyz
Tajikistan|Dushanbe|Tajik,Tajiks
Turkmenistan|Ashgabat|Turkmen
Uzbekistan|Tashkent|Uzbek,Uzbeks
Botswana|Gaborone|
Namibia|Windhoek|Namibian,Namibians
Zambia|Lusaka|Zambian,Zambians
Mozambique|Maputo|Mozambican,Mozambicans
Angola|Luanda|Angolan,Angolans
Malawi|Lilongwe|Malawian,Malawians
Eritrea|Asmara|Eritrean,Eritreans
Djibouti||Djiboutian,Djiboutians
South Sudan|Juba|South Sudanese
Togo|Lomé,Lome|Togolese
Liberia|Monrovia|Liberian,Liberians
Guinea|Conakry|Guinean,Guineans
Gambia|Banjul,The Gambia|Gambian,Gambians
Mauritania|Nouakchott|Mauritanian,Mauritanians
Central African Republic|Bangui|
Cape Verde|Praia,Cabo Verde|Cape Verdean,Cape Verdeans
Comoros|Moroni|Comorian,Comorians
Seychelles||Seychellois
Mauritius|Port Louis|Mauritian,Mauritians
Madagascar|Antananarivo|Malagasy
Bahamas|Nassau|Bahamian,Bahamians
Gabon|Libreville|Gabonese
Chad|N'Djamena|Chadian,Chadians
Congo|Brazzaville|Congolese
Burundi|Gitega,Bujumbura|Burundian,Burundians
Burkina Faso|Ouagadougou|Burkinabe
Lesotho|Maseru|
Eswatini|Swaziland,Mbabane|Swazi
Bahrain|Manama|Bahraini,Bahrainis
Oman|Muscat|Omani,Omanis
Slovenia|Ljubljana|Slovenian,Slovenians,Slovene,Slovenes
North Macedonia|Skopje,Macedonia|Macedonian,Macedonians
Montenegro|Podgorica|Montenegrin,Montenegrins
Iceland|Reykjavik|Icelandic,Icelanders
Malta|Valletta|Maltese
`;

/** Regions, continents and cities that are not capitals. */
const otherPlaces = `
Rio de Janeiro, São Paulo, Sao Paulo, Las Vegas, Oklahoma City, Salt Lake City, Uttar Pradesh, Khyber Pakhtunkhwa, Deir ez-Zor, Tal Afar, Yorkshire
Cape Canaveral, Big Island, New Caledonia, Puerto Rico
Bermuda
Dubai, Mecca, Medina, Jeddah, Lagos, Kano, Accra, Cotonou, Dakar, Bamako, Timbuktu, Goma, Mombasa, Dar es Salaam, Zanzibar
Harare, Johannesburg, Cape Town, Durban, Soweto, Casablanca, Marrakesh, Tangier, Oran, Benghazi, Sirte, Tobruk, Misrata, Erbil, Najaf
Karbala, Ramadi, Tikrit, Latakia, Palmyra, Kobani, Afrin, Isfahan, Shiraz, Tabriz, Kandahar, Herat, Jalalabad, Lahore, Peshawar, Quetta, Chennai, Bangalore, Hyderabad
Yangon, Rangoon, Ho Chi Minh City, Saigon, Guangzhou, Shenzhen, Chongqing, Chengdu, Tianjin, Nanjing, Xi'an, Macau, Lhasa, Kyoto, Hiroshima, Nagasaki
Fukushima, Yokohama, Busan, Incheon, Vladivostok, Novosibirsk, Yekaterinburg, Kazan, Volgograd, Grozny, Murmansk, Tel Aviv, Haifa, Hebron, Nablus, Jenin, Rafah, Bethlehem
Nazareth, Philadelphia, Baltimore, Denver, Dallas, Phoenix, San Diego, Orlando, Minneapolis, Cleveland, Pittsburgh, Nashville, Memphis, Portland, Sacramento, Honolulu
Anchorage, Calgary, Edmonton, Winnipeg, Halifax, New Orleans, Glasgow, Cardiff, Belfast, Leeds, Sheffield, Bristol, Oxford, Cambridge, Cork, Galway, Rotterdam, Antwerp
Ghent, Bruges, Dresden, Leipzig, Stuttgart, Cologne, Düsseldorf, Dortmund, Salzburg, Innsbruck, Genoa, Bologna, Palermo, Turin, Verona, Pisa, Malaga, Bilbao, Valencia
Seville, Granada, Gothenburg, Malmö, Bergen, Medellín, Cali, Guayaquil, Recife, Salvador, Manaus, Porto Alegre
Europe, Africa, Asia, Latin America, North America, South America, Middle East, Balkans, Caucasus, Arctic, Antarctica, West, Crimea, Donbas, Donbass, Donetsk, Luhansk
Kharkiv, Odesa, Odessa, Mariupol, Kherson, Zaporizhzhia, Dnipro, Lviv, Chernobyl, Sevastopol, Saint Petersburg, St. Petersburg, Kaliningrad, Siberia, Chechnya
New York, New York City, Los Angeles, Chicago, San Francisco, Miami, Boston, Houston, Seattle, Atlanta, Detroit, Philadelphia, California, Texas, Florida, Alaska, Hawaii
Geneva, Zurich, Munich, Frankfurt, Hamburg, Milan, Naples, Venice, Florence, Barcelona, Seville, Porto, Manchester, Liverpool, Birmingham, Edinburgh, Scotland, Wales
Northern Ireland, Shanghai, Hong Kong, Wuhan, Osaka, Mumbai, Kolkata, Aleppo, Homs, Idlib, Raqqa, Mosul, Basra, Kirkuk, Fallujah, Benghazi, West Bank, Golan Heights
Sinai, Kurdistan, Darfur, Tibet, Xinjiang, Kashmir, Greenland, Sahara, Sahel, Davos, Istanbul, Sochi, Alexandria, Karachi, Gdańsk, Krakow, Auschwitz, Catalonia, Quebec
Montreal, Toronto, Vancouver, Normandy, Brittany, Marseille, Lyon, Nice, Strasbourg, Bordeaux, Cusco, Ayacucho, Newfoundland, Amazon, Gomel, Brest
Roland Garros, Roland-Garros, Santiago Bernabéu, Giuseppe Meazza
Alabama, Arizona, Arkansas, Colorado, Connecticut, Delaware, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maryland, Massachusetts, Michigan
Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, North Carolina, North Dakota, Ohio, Oklahoma, Oregon
Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Utah, Vermont, Virginia, West Virginia, Wisconsin, Wyoming, Washington State
Ontario, British Columbia, Alberta, Saskatchewan, Manitoba, Nova Scotia, New Brunswick, Prince Edward Island, Yukon, Nunavut, Northwest Territories, Labrador
New South Wales, Queensland, Tasmania, Western Australia, South Australia, Northern Territory, Melbourne, Brisbane, Perth, Auckland
Lancashire, Cornwall, Cumbria, Merseyside, Northumberland, Norfolk, Suffolk, Preston, Newcastle, Nottingham, Leicester, Southampton, Plymouth, Brighton, Aberdeen, Dundee, Swansea
`;

export const places: PlaceEntry[] = [];
export const demonyms: Record<string, string> = {};

for (const line of countries.trim().split("\n")) {
  const [country = "", others = "", adjectives = ""] = line.split("|");
  places.push({ name: country, country });
  for (const other of others.split(",").filter(Boolean)) places.push({ name: other, country });
  for (const form of adjectives.split(",").filter(Boolean)) demonyms[form] = country;
}
for (const line of otherPlaces.trim().split("\n")) {
  for (const name of line.split(",")) if (name.trim()) places.push({ name: name.trim(), country: null });
}

/** Seats of power that speak for their country. */
export const seats: Record<string, string> = {
  Kremlin: "Russia",
  "White House": "United States",
  "State Department": "United States",
  Pentagon: "United States",
  "Élysée": "France",
  "Elysee Palace": "France",
  "Downing Street": "United Kingdom",
  "No 10": "United Kingdom",
  "No. 10": "United Kingdom",
  "Number 10": "United Kingdom",
};
