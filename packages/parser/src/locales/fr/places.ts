import type { PlaceEntry } from "../../stages/entities/index.js";

/**
 * Country | capitals and other names that stand for it | nationality adjective (masculine
 * singular; the feminine and plural forms are derived, irregular ones are listed after a "/").
 */
const countries = `
Russie|Moscou,Fédération de Russie|russe
États-Unis|Washington,Amérique,USA|américain
Ukraine|Kiev,Kyiv|ukrainien
France|Paris|français/française,françaises
Allemagne|Berlin|allemand
Royaume-Uni|Londres,Grande-Bretagne,Angleterre|britannique
Chine|Pékin,Beijing|chinois/chinoise,chinoises
Japon|Tokyo|japonais/japonaise,japonaises
Inde|New Delhi|indien/indienne,indiennes
Iran|Téhéran|iranien/iranienne,iraniennes
Irak|Bagdad,Iraq|irakien/irakienne,irakiennes
Syrie|Damas|syrien/syrienne,syriennes
Israël|Jérusalem,Tel-Aviv|israélien/israélienne,israéliennes
Palestine|Ramallah,Gaza|palestinien/palestinienne,palestiniennes
Liban|Beyrouth|libanais/libanaise,libanaises
Jordanie|Amman|jordanien/jordanienne,jordaniennes
Égypte|Le Caire|égyptien/égyptienne,égyptiennes
Arabie saoudite|Riyad|saoudien/saoudienne,saoudiennes
Turquie|Ankara|turc/turque,turcs,turques
Grèce|Athènes|grec/grecque,grecs,grecques
Italie|Rome|italien/italienne,italiennes
Espagne|Madrid|espagnol
Portugal|Lisbonne|portugais/portugaise,portugaises
Belgique|Bruxelles|belge
Pays-Bas|Amsterdam,La Haye|néerlandais/néerlandaise,néerlandaises
Suisse|Berne|suisse
Autriche|Vienne|autrichien/autrichienne,autrichiennes
Pologne|Varsovie|polonais/polonaise,polonaises
Hongrie|Budapest|hongrois/hongroise,hongroises
République tchèque|Prague,Tchéquie|tchèque
Slovaquie|Bratislava|slovaque
Roumanie|Bucarest|roumain
Bulgarie|Sofia|bulgare
Serbie|Belgrade|serbe
Croatie|Zagreb|croate
Bosnie-Herzégovine|Sarajevo,Bosnie|bosnien/bosnienne,bosniennes
Kosovo|Pristina|kosovar
Albanie|Tirana|albanais/albanaise,albanaises
Moldavie|Chisinau|moldave
Biélorussie|Minsk,Bélarus|biélorusse
Lituanie|Vilnius|lituanien/lituanienne,lituaniennes
Lettonie|Riga|letton/lettone,lettons,lettones
Estonie|Tallinn|estonien/estonienne,estoniennes
Finlande|Helsinki|finlandais/finlandaise,finlandaises
Suède|Stockholm|suédois/suédoise,suédoises
Norvège|Oslo|norvégien/norvégienne,norvégiennes
Danemark|Copenhague|danois/danoise,danoises
Irlande|Dublin|irlandais/irlandaise,irlandaises
Islande|Reykjavik|islandais/islandaise,islandaises
Géorgie|Tbilissi|géorgien/géorgienne,géorgiennes
Arménie|Erevan|arménien/arménienne,arméniennes
Azerbaïdjan|Bakou|azerbaïdjanais/azerbaïdjanaise,azerbaïdjanaises
Kazakhstan|Astana|kazakh
Ouzbékistan|Tachkent|ouzbek
Afghanistan|Kaboul|afghan
Pakistan|Islamabad|pakistanais/pakistanaise,pakistanaises
Bangladesh|Dacca,Dhaka|bangladais/bangladaise,bangladaises
Corée du Nord|Pyongyang|nord-coréen/nord-coréenne,nord-coréennes
Corée du Sud|Séoul|sud-coréen/sud-coréenne,sud-coréennes
Taïwan|Taipei|taïwanais/taïwanaise,taïwanaises
Viêt Nam|Hanoï,Vietnam|vietnamien/vietnamienne,vietnamiennes
Thaïlande|Bangkok|thaïlandais/thaïlandaise,thaïlandaises
Birmanie|Naypyidaw,Myanmar|birman
Cambodge|Phnom Penh|cambodgien/cambodgienne,cambodgiennes
Indonésie|Jakarta|indonésien/indonésienne,indonésiennes
Philippines|Manille|philippin
Malaisie|Kuala Lumpur|malaisien/malaisienne,malaisiennes
Australie|Canberra|australien/australienne,australiennes
Nouvelle-Zélande|Wellington|néo-zélandais/néo-zélandaise,néo-zélandaises
Canada|Ottawa|canadien/canadienne,canadiennes
Mexique|Mexico|mexicain
Cuba|La Havane|cubain
Venezuela|Caracas|vénézuélien/vénézuélienne,vénézuéliennes
Colombie|Bogota|colombien/colombienne,colombiennes
Brésil|Brasília,Brasilia|brésilien/brésilienne,brésiliennes
Argentine|Buenos Aires|argentin
Chili|Santiago|chilien/chilienne,chiliennes
Pérou|Lima|péruvien/péruvienne,péruviennes
Bolivie|La Paz|bolivien/bolivienne,boliviennes
Équateur|Quito|équatorien/équatorienne,équatoriennes
Maroc|Rabat|marocain
Algérie|Alger|algérien/algérienne,algériennes
Tunisie|Tunis|tunisien/tunisienne,tunisiennes
Libye|Tripoli|libyen/libyenne,libyennes
Soudan|Khartoum|soudanais/soudanaise,soudanaises
Éthiopie|Addis-Abeba|éthiopien/éthiopienne,éthiopiennes
Kenya|Nairobi|kényan/kényane,kényans,kényanes
Nigeria|Abuja,Nigéria|nigérian/nigériane,nigérians,nigérianes
Niger|Niamey|nigérien/nigérienne,nigériennes
Mali|Bamako|malien/malienne,maliennes
Sénégal|Dakar|sénégalais/sénégalaise,sénégalaises
Côte d'Ivoire|Abidjan,Yamoussoukro|ivoirien/ivoirienne,ivoiriennes
Burkina Faso|Ouagadougou|burkinabé/burkinabè,burkinabés
Tchad|N'Djamena|tchadien/tchadienne,tchadiennes
Cameroun|Yaoundé|camerounais/camerounaise,camerounaises
Gabon|Libreville|gabonais/gabonaise,gabonaises
Congo|Brazzaville|congolais/congolaise,congolaises
République démocratique du Congo|Kinshasa,RDC|
Rwanda|Kigali|rwandais/rwandaise,rwandaises
Burundi|Bujumbura,Gitega|burundais/burundaise,burundaises
Ouganda|Kampala|ougandais/ougandaise,ougandaises
Tanzanie|Dodoma|tanzanien/tanzanienne,tanzaniennes
Afrique du Sud|Pretoria|sud-africain
Madagascar|Antananarivo|malgache
Somalie|Mogadiscio|somalien/somalienne,somaliennes
Yémen|Sanaa|yéménite
Qatar|Doha|qatari/qatarie,qataris
Émirats arabes unis|Abou Dhabi|émirati/émiratie,émiratis
Koweït|Koweït|koweïtien/koweïtienne,koweïtiennes
Oman|Mascate|omanais/omanaise,omanaises
Vatican|Cité du Vatican|
Luxembourg|Luxembourg|luxembourgeois/luxembourgeoise,luxembourgeoises
Slovénie|Ljubljana|slovène
Monténégro|Podgorica|monténégrin
Macédoine du Nord|Skopje,Macédoine|macédonien/macédonienne,macédoniennes
Chypre|Nicosie|chypriote
Malte|La Valette|maltais/maltaise,maltaises
Sri Lanka|Colombo|sri-lankais/sri-lankaise,sri-lankaises
Sierra Leone|Freetown|sierra-léonais/sierra-léonaise,sierra-léonaises
Monaco||monégasque
Andorre||andorran
Liechtenstein|Vaduz|liechtensteinois/liechtensteinoise,liechtensteinoises
Saint-Marin||saint-marinais/saint-marinaise,saint-marinaises
Lesotho|Maseru|
Eswatini|Swaziland,Mbabane|swazi
Botswana|Gaborone|botswanais/botswanaise,botswanaises
Namibie|Windhoek|namibien/namibienne,namibiennes
Zambie|Lusaka|zambien/zambienne,zambiennes
Zimbabwe|Harare|zimbabwéen/zimbabwéenne,zimbabwéennes
Mozambique|Maputo|mozambicain
Angola|Luanda|angolais/angolaise,angolaises
Malawi|Lilongwe|malawite
Érythrée|Asmara|érythréen/érythréenne,érythréennes
Djibouti||djiboutien/djiboutienne,djiboutiennes
Soudan du Sud|Juba|sud-soudanais/sud-soudanaise,sud-soudanaises
Togo|Lomé|togolais/togolaise,togolaises
Bénin|Porto-Novo,Cotonou|béninois/béninoise,béninoises
Ghana|Accra|ghanéen/ghanéenne,ghanéennes
Liberia|Monrovia|libérien/libérienne,libériennes
Guinée|Conakry|guinéen/guinéenne,guinéennes
Guinée-Bissau|Bissau|bissau-guinéen/bissau-guinéenne,bissau-guinéennes
Guinée équatoriale|Malabo|équato-guinéen/équato-guinéenne,équato-guinéennes
Gambie|Banjul|gambien/gambienne,gambiennes
Mauritanie|Nouakchott|mauritanien/mauritanienne,mauritaniennes
Centrafrique|République centrafricaine,Bangui|centrafricain
Cap-Vert|Praia|cap-verdien/cap-verdienne,cap-verdiennes
Comores|Moroni|comorien/comorienne,comoriennes
Seychelles||seychellois/seychelloise,seychelloises
Bahamas|Nassau|bahaméen/bahaméenne,bahaméennes
Jamaïque|Kingston|jamaïcain
Haïti|Port-au-Prince|haïtien/haïtienne,haïtiennes
République dominicaine|Saint-Domingue|dominicain
Guatemala||guatémaltèque
Honduras|Tegucigalpa|hondurien/hondurienne,honduriennes
Nicaragua|Managua|nicaraguayen/nicaraguayenne,nicaraguayennes
Costa Rica|San José|costaricien/costaricienne,costariciennes
Panama||panaméen/panaméenne,panaméennes
Uruguay|Montevideo|uruguayen/uruguayenne,uruguayennes
Paraguay|Asuncion,Asunción|paraguayen/paraguayenne,paraguayennes
Guyana||guyanien/guyanienne,guyaniennes
Suriname|Paramaribo|surinamais/surinamaise,surinamaises
Mongolie|Oulan-Bator|mongol
Népal|Katmandou|népalais/népalaise,népalaises
Bhoutan|Thimphou|bhoutanais/bhoutanaise,bhoutanaises
Laos|Vientiane|laotien/laotienne,laotiennes
Brunei||brunéien/brunéienne,brunéiennes
Singapour||singapourien/singapourienne,singapouriennes
Timor oriental|Dili|est-timorais/est-timoraise,est-timoraises
Papouasie-Nouvelle-Guinée|Port Moresby|
Fidji|Suva|fidjien/fidjienne,fidjiennes
Samoa|Apia|samoan
Tonga||tongien/tongienne,tongiennes
Vanuatu|Port-Vila|
Kirghizistan|Bichkek|kirghize
Tadjikistan|Douchanbé|tadjik
Turkménistan|Achgabat|turkmène
Bahreïn|Manama|bahreïnien/bahreïnienne,bahreïniennes
`;

/** Regions, continents and cities that are not capitals. */
const otherPlaces = `
Rio de Janeiro, São Paulo, Sao Paulo, Belo Horizonte, Las Vegas, Oklahoma City, Salt Lake City, Mexico, Monterrey, Guadalajara, Uttar Pradesh, Khyber Pakhtunkhwa
Deir ez-Zor, Deir Ezzor, Tall Afar, Royaume Uni, Moyen Orient, Corse-du-Sud, Haute-Corse, Alpes-Maritimes, Bouches-du-Rhône, Pyrénées-Atlantiques, Haute-Savoie, Dunkerque, Yorkshire
Cap Canaveral, Big Island, Hawaï, Monte-Carlo, Monte Carlo, Nouvelle-Calédonie, Polynésie française, Guadeloupe, Martinique, Guyane
La Réunion, Réunion, Mayotte, Saint-Denis, Saint-Étienne, Saint-Malo, Saint-Raphaël, Aix-en-Provence, Clermont-Ferrand, Le Havre, Le Mans, Boulogne-Billancourt, Villeurbanne
Chambéry, Annecy, Limoges, Poitiers, Tours, Perpignan, Besançon, Amiens, Mulhouse, Avignon, Cannes, Antibes, Ajaccio, Bastia, Bayonne, Biarritz, Pau, Lourdes, Vichy, Nanterre
Saint-Ouen, Créteil, Versailles, Argenteuil, Montreuil, Vitry-sur-Seine, Aubervilliers, Sarcelles, Évry, Cergy, Melun, Meaux, Beauvais, Compiègne, Laon, Troyes, Chartres
Bruges, Gand, Anvers, Liège, Charleroi, Namur, Mons, Rotterdam, Utrecht, Eindhoven, Anvers, Dresde, Leipzig, Stuttgart, Düsseldorf, Dortmund, Essen, Brême, Hanovre, Nuremberg
Salzbourg, Innsbruck, Graz, Lugano, Berne, Lucerne, Gênes, Bologne, Palerme, Bari, Vérone, Pise, Sienne, Malaga, Bilbao, Saragosse, Grenade, Cordoue, Tolède, Saint-Jacques-de-Compostelle
Oslo, Bergen, Göteborg, Malmö, Aarhus, Tampere, Glasgow, Cardiff, Belfast, Leeds, Sheffield, Bristol, Oxford, Cambridge, Cork, Galway, Porto Alegre, Recife, Salvador, Manaus
Valparaiso, Cusco, Cuzco, Medellín, Cali, Carthagène, Guayaquil, San Salvador
Porto Rico, Floride, Géorgie du Sud, Nouvelle-Orléans, La Nouvelle-Orléans, Philadelphie, Washington DC, Baltimore, Denver, Dallas, Phoenix
San Diego, Orlando, Minneapolis, Cleveland, Pittsburgh, Cincinnati, Nashville, Memphis, Portland, Sacramento, Honolulu, Anchorage, Ottawa, Calgary, Edmonton, Winnipeg
Halifax, Tel Aviv, Haïfa, Hébron, Naplouse, Jénine, Rafah, Khan Younès, Bethléem, Nazareth, Tripoli, Sirte, Tobrouk, Misrata, Mossoul, Erbil, Souleimaniyeh, Nadjaf, Kerbala
Ramadi, Falloujah, Tikrit, Lattaquié, Tartous, Deraa, Palmyre, Kobané, Afrin, Manbij, Idlib, Ispahan, Chiraz, Tabriz, Mechhed, Kandahar, Hérat, Mazar-e-Charif, Jalalabad
Lahore, Peshawar, Quetta, Rawalpindi, Bombay, Mumbai, Calcutta, Chennai, Bangalore, Hyderabad, Rangoun, Chittagong, Ho Chi Minh-Ville, Saïgon, Da Nang
Canton, Shenzhen, Chongqing, Chengdu, Tianjin, Nankin, Xi'an, Harbin, Macao, Lhassa, Urumqi, Ürümqi, Kyoto, Hiroshima, Nagasaki, Fukushima, Sapporo, Yokohama, Kobe, Busan
Incheon, Vladivostok, Novossibirsk, Iekaterinbourg, Tcheliabinsk, Kazan, Samara, Volgograd, Rostov-sur-le-Don, Grozny, Mourmansk, Arkhangelsk, Irkoutsk, Krasnoïarsk, Omsk
Marrakech, Casablanca, Fès, Tanger, Agadir, Oran, Constantine, Annaba, Sfax, Sousse, Kairouan, Benghazi, Alexandrie, Louxor, Assouan, Port-Saïd, Suez, Charm el-Cheikh, Djeddah
La Mecque, Médine, Dubaï, Dubai, Abou Dhabi, Mascate, Aden, Hodeïda, Lagos, Kano, Ibadan, Port-Harcourt, Kumasi, Niamey
Agadez, Tombouctou, Kidal, Mopti, Ségou, Bobo-Dioulasso, Douala, Pointe-Noire, Lubumbashi, Goma
Bukavu, Kisangani, Mombasa, Kisumu, Dar es Salaam, Zanzibar, Arusha, Bulawayo, Johannesburg, Le Cap, Durban, Soweto
Maurice, Île Maurice, Bermudes
Porto Rico, Salvador
Groenland, Antilles
Europe, Afrique, Asie, Amérique latine, Amérique du Nord, Amérique du Sud, Océanie, Moyen-Orient, Proche-Orient, Maghreb, Sahel, Balkans, Caucase, Occident, Arctique, Antarctique
Crimée, Donbass, Donbas, Donetsk, Louhansk, Lougansk, Kharkiv, Kharkov, Odessa, Marioupol, Kherson, Zaporijia, Dnipro, Lviv, Lvov, Tchernobyl, Sébastopol, Saint-Pétersbourg, Kaliningrad, Sibérie, Tchétchénie
Normandie, Bretagne, Alsace, Lorraine, Provence, Corse, Île-de-France, Occitanie, Aquitaine, Bourgogne, Picardie, Auvergne, Savoie, Drôme, Gironde, Seine-Maritime, Var, Gard, Hérault, Isère
Marseille, Lyon, Toulouse, Nice, Nantes, Strasbourg, Montpellier, Bordeaux, Lille, Rennes, Reims, Toulon, Grenoble, Dijon, Angers, Nîmes, Brest, Rouen, Metz, Caen, Nancy, Orléans, Valence, Calais
Genève, Lausanne, Zurich, Bâle, Munich, Francfort, Hambourg, Cologne, Milan, Naples, Turin, Venise, Florence, Barcelone, Séville, Valence, Porto, Manchester, Liverpool, Birmingham, Édimbourg
New York, Los Angeles, Chicago, San Francisco, Miami, Boston, Houston, Seattle, Atlanta, Détroit, Québec, Montréal, Toronto, Vancouver, Shanghai, Hong Kong, Wuhan, Osaka, Bombay, Calcutta
Alep, Homs, Idleb, Raqqa, Mossoul, Bassora, Kirkouk, Falloujah, Benghazi, Misrata, Gomel, Auschwitz, Cracovie, Gdańsk, Dantzig, Davos, Munich, Minsk, Istanbul, Sotchi, Alexandrie, Karachi
Jérusalem, Cisjordanie, Gaza, Golan, Sinaï, Kurdistan, Darfour, Tibet, Xinjiang, Cachemire, Groenland, Sahara, Hawaï, Alaska, Californie, Texas, Floride, Catalogne, Écosse, Flandre, Wallonie
Roland Garros, Roland-Garros, Santiago Bernabéu, Giuseppe Meazza
Hauts-de-France, Grand Est, Nouvelle-Aquitaine, Auvergne-Rhône-Alpes, Bourgogne-Franche-Comté, Centre-Val de Loire, Pays de la Loire, Provence-Alpes-Côte d'Azur
Champagne-Ardenne, Midi-Pyrénées, Languedoc-Roussillon, Limousin, Poitou-Charentes, Franche-Comté, Côte d'Azur
Aisne, Allier, Alpes-de-Haute-Provence, Hautes-Alpes, Ardèche, Ardennes, Ariège, Aveyron, Calvados, Cantal, Charente, Charente-Maritime, Corrèze, Côte-d'Or
Côtes-d'Armor, Creuse, Dordogne, Doubs, Eure, Eure-et-Loir, Finistère, Haute-Garonne, Ille-et-Vilaine, Indre-et-Loire, Jura, Landes, Loir-et-Cher, Loire
Haute-Loire, Loire-Atlantique, Loiret, Lot-et-Garonne, Lozère, Maine-et-Loire, Marne, Haute-Marne, Mayenne, Meurthe-et-Moselle, Meuse, Morbihan, Moselle
Nièvre, Oise, Pas-de-Calais, Puy-de-Dôme, Hautes-Pyrénées, Pyrénées-Orientales, Bas-Rhin, Haut-Rhin, Haute-Saône, Saône-et-Loire, Sarthe, Seine-et-Marne
Yvelines, Deux-Sèvres, Tarn, Tarn-et-Garonne, Vaucluse, Vendée, Haute-Vienne, Vosges, Yonne, Essonne, Hauts-de-Seine, Seine-Saint-Denis, Val-de-Marne, Val-d'Oise
Quimper, Lorient, Vannes, Saint-Brieuc, Laval, Niort, La Rochelle, Angoulême, Périgueux, Agen, Montauban, Albi, Rodez, Cahors, Tarbes, Mont-de-Marsan
Carcassonne, Béziers, Sète, Narbonne, Arles, Digne-les-Bains, Privas, Le Puy-en-Velay, Aurillac, Nevers, Auxerre, Mâcon, Bourg-en-Bresse, Lons-le-Saunier
Belfort, Épinal, Bar-le-Duc, Verdun, Charleville-Mézières, Châlons-en-Champagne, Saint-Lô, Cherbourg, Alençon, Évreux, Dieppe, La Roche-sur-Yon, Saint-Nazaire
Roanne, Bourges, Châteauroux, Blois, Montargis, Dreux, Saint-Quentin, Soissons, Arras, Douai, Valenciennes, Boulogne-sur-Mer, Colmar, Thionville, Forbach
`;

function feminineAndPlural(adjective: string): string[] {
  if (adjective.endsWith("e")) return [adjective, `${adjective}s`];
  if (adjective.endsWith("s")) return [adjective, `${adjective}e`, `${adjective}es`];
  return [adjective, `${adjective}e`, `${adjective}s`, `${adjective}es`];
}

export const places: PlaceEntry[] = [];
export const demonyms: Record<string, string> = {};

for (const line of countries.trim().split("\n")) {
  const [country = "", others = "", adjectives = ""] = line.split("|");
  places.push({ name: country, country });
  for (const other of others.split(",").filter(Boolean)) places.push({ name: other, country });
  const [regular = "", irregular = ""] = adjectives.split("/");
  const forms = irregular ? [regular, ...irregular.split(",")] : regular ? feminineAndPlural(regular) : [];
  for (const form of forms) {
    demonyms[form] = country;
    demonyms[form.charAt(0).toUpperCase() + form.slice(1)] = country;
  }
}
for (const line of otherPlaces.trim().split("\n")) {
  for (const name of line.split(",")) if (name.trim()) places.push({ name: name.trim(), country: null });
}

/** Seats of power that speak for their country. */
export const seats: Record<string, string> = {
  Kremlin: "Russie",
  "Maison-Blanche": "États-Unis",
  "Maison Blanche": "États-Unis",
  "Département d'État": "États-Unis",
  Pentagone: "États-Unis",
  Élysée: "France",
  Matignon: "France",
  Bercy: "France",
  "Quai d'Orsay": "France",
  "Downing Street": "Royaume-Uni",
  Chancellerie: "Allemagne",
};
