import type { EntityWords } from "../../stages/entities/index.js";
import { familyNamesFirst, internationalFirstNames } from "../names.js";
import { demonyms, places, seats } from "./places.js";

const words = (list: string) => list.split(/\s+/).filter(Boolean);

export const entities: EntityWords = {
  firstNames: [
    ...internationalFirstNames,
    ...words(`
Aaron Abigail Adam Adrian Alan Albert Alex Alexander Alexandra Alexis Alice Alicia Alison Allen Amanda Amber Amy Andrew Andy Angela Angelina Anita Ann Anna Anne Anthony
Antony Arnold Arthur Ashley Austin Barack Barbara Barry Ben Benjamin Bernard Bernie Beth Betty Beverly Bill Billy Bob Bobby Bonnie Brad Bradley Brandon Brenda Brett Brian
Bridget Britney Brooke Bruce Bryan Caleb Calvin Cameron Carl Carla Carol Caroline Carolyn Catherine Charles Charlie Charlotte Chelsea Cheryl Chris Christina Christine
Christopher Chuck Cindy Claire Clara Clarence Claudia Clint Cody Colin Connor Courtney Craig Crystal Cynthia Dale Dan Dana Daniel Danielle Danny Darren Dave David Dean
Deborah Debra Dennis Derek Diana Diane Dick Don Donald Donna Doris Dorothy Doug Douglas Duncan Dylan Ed Eddie Edward Edwin Eileen Elaine Eleanor Elizabeth Ellen Elon
Emily Emma Eric Erica Erin Ethan Eugene Evan Evelyn Frances Francis Frank Franklin Fred Frederick Gary Gavin Gene George Georgia Gerald Gina Glen Glenn Gloria Gordon Grace
Graham Grant Greg Gregory Hannah Harold Harriet Harry Heather Helen Henry Herbert Hillary Holly Howard Hugh Ian Isaac Jack Jackie Jacob Jake James Jamie Jane Janet Janice
Jared Jason Jay Jean Jeff Jeffrey Jen Jennifer Jenny Jeremy Jerry Jesse Jessica Jill Jim Jimmy Jo Joan Joanna Joe Joel John Johnny Jon Jonathan Jordan Joseph Josh Joshua
Joyce Judith Judy Julia Julian Julie Justin Karen Kate Katherine Kathleen Kathryn Kathy Katie Keith Kelly Ken Kenneth Kevin Kim Kimberly Kirk Kristen Kyle Lance Larry Laura
Lauren Lawrence Leah Lee Leo Leonard Leslie Lewis Liam Linda Lindsey Lisa Liz Lloyd Logan Lorraine Lori Louis Louise Lucas Lucy Luke Lynn Madison Marcus Margaret Maria Marie Marilyn
Mark Marsha Martha Martin Mary Matt Matthew Maureen Megan Melanie Melissa Michael Michelle Mike Mitch Mitchell Molly Monica Nancy Natalie Nathan Neil Nicholas Nick Nicole
Nigel Noah Norman Oliver Olivia Oscar Owen Pamela Pat Patricia Patrick Paul Paula Peggy Penny Peter Phil Philip Phillip Priti Rachel Ralph Randy Ray Raymond Rebecca
Richard Rick Rishi Rob Robert Robin Rodney Roger Ron Ronald Rose Ross Roy Russell Ruth Ryan Sally Sam Samantha Samuel Sandra Sara Sarah Scott Sean Seth Shane Shannon
Sharon Shawn Sheila Shirley Simon Sophie Stacey Stanley Stephanie Stephen Steve Steven Stuart Susan Suzanne Tamara Tammy Ted Teresa Terry Theresa Thomas Tiffany Tim
Timothy Tina Todd Tom Tommy Tony Tracy Travis Trevor Troy Tyler Valerie Vanessa Vernon Vicky Victor Victoria Vincent Virginia Walter Warren Wayne Wendy Wesley Whitney
Will William Willie Zachary Kamala Keir Boris Theresa Liz Jacinda Kevin Scott Malcolm Tony Gough Justin Stephen Joni Mitt Nancy Chuck Kevin Lindsey Marco Ted Rand Jeb
Hakeem Jamal Keisha Lamar Malik Tyrone DeShawn Darnell Latoya Ebony Imani Aaliyah Jalen Kwame Kofi Ama Akua Chinua Wole Ngozi Chimamanda Okey Chidi Emeka Uche
`),
  ],
  familyNamesFirst,
  // Abbreviations written with their period only count with it ("Col. Smith", not "Col du Soulor").
  // Malaysian titles of honour (Tun, Datuk, Tunku…), Indian ones (Shri, Smt), and "Engr" and "Alhaji" of Pakistani and Nigerian news, come before the name too.
  honorifics: words("Mr Mrs Ms Miss Dr Prof Sir Lord Lady Dame Sheikh Rabbi Shri Shrimati Smt Cllr Baroness Baron Viscount Countess Rev. Fr. Sr. Hon. Gen. Col. Lt. Sgt. Capt. Gov. Sen. Rep. Cmdr. Maj. Adm. Brig. Cpl. Pvt. Det. Insp. Supt. Amb. Atty. Msgr. Tun Toh Datuk Dato Datin Seri Tunku Tengku Engr Alhaji Hajiya"),
  formsOfAddress: words("Mr Mrs Ms Miss"),
  roleNouns: words(`
president vice-president minister secretary spokesman spokeswoman spokesperson adviser advisor chancellor king queen prince princess pope cardinal archbishop bishop imam
priest rabbi pastor mayor deputy senator congressman congresswoman representative judge prosecutor attorney lawyer ambassador envoy general colonel commander admiral
captain lieutenant sergeant governor commissioner delegate candidate founder chairman chairwoman chairperson chair ceo executive director head leader chief coach player
manager actor actress singer writer author director journalist photographer researcher professor doctor scientist astronomer economist analyst expert activist
campaigner treasurer dean premier emir monarch sultan ayatollah wife husband widow son daughter brother sister father mother nephew niece
grandmother grandfather grandson granddaughter uncle aunt cousin alderman alderwoman councillor councilor councilman councilwoman superintendent sheriff trustee suspect attacker assailant counterpart
teacher headteacher headmaster headmistress principal trooper constable detective inspector paramedic practitioner chaplain vicar deacon
farmer fisherman shopkeeper owner mechanic electrician plumber carpenter baker waiter cashier clerk banker investor entrepreneur businessman businesswoman
billionaire tycoon pensioner bowler batsman batter pitcher quarterback
rapper guitarist pianist drummer violinist artist designer filmmaker screenwriter playwright influencer
gunman victim presenter speaker Speaker champion winner medallist medalist teammate striker goalkeeper defender midfielder substitute winger referee driver skier swimmer athlete runner sprinter boxer fencer rider cyclist musician composer comedian painter architect engineer philosopher historian poet novelist producer host columnist policeman soldier firefighter surgeon nurse student anchor negotiator mediator official officer spokesmen chancellor vice-chancellor undersecretary under-secretary secretary-general president-elect
Mayor President Minister Secretary Chancellor King Queen Prince Princess Pope Cardinal Archbishop Bishop Imam Governor Senator Judge Prosecutor Ambassador General
Colonel Commander Admiral Captain Premier Emir Sheikh Chairman Director Chief Leader
marshal brigadier commodore
lt maj brig capt sgt cdr gen
counsel co-founder cofounder developer forecaster meteorologist coordinator administrator organiser organizer skipper strategist consultant
taoiseach Taoiseach tánaiste Tánaiste
`),
  roleModifiers: words(`
deputy foreign press vice former prime chief senior interior health defence defense finance justice trade economy home state acting top first second interim ex
Deputy Foreign Vice Former Prime Chief Senior Interior Health Defence Defense Finance Justice Trade Economy Home State Acting Ex-Prime Ex Police National Federal
Supreme Grand Lord General Attorney Environment Energy Education Transport Labour Labor Agriculture Culture Treasury Commerce Affairs Security Army Navy Air Force
special country commercial managing regional executive technical financial medical sporting emergency communications operations marketing legal creative
artistic editorial assistant associate lead junior founding goalkeeping outgoing incoming longtime long-serving veteran shadow caretaker property
Major Rear Field Squadron Wing
`),
  roleClasses: [
    words("spokesman spokeswoman spokesperson secretary"),
    words("president leader chief head chancellor monarch king queen premier"),
    words("minister secretary"),
    words("adviser advisor"),
    words("ambassador envoy representative"),
  ],
  determiners: words("the a an his her their its our"),
  nonNames: words(`
The A An In On At For With But And Or Nor He She They It We I You His Her Their Its Our This That These Those After Before During While When Where What Who Whom Whose Why How
As If Since Although Though However Meanwhile Today Yesterday Tomorrow Many Some Several Most All Both Each Other Another Such No Not Yes There Here Also According
Despite Following Under Over Among Between Against Within Without About Around Until Then Now Earlier Later Last Next First Second Third One Two Three Four Five
Police Officials Government God Christmas Easter Internet Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Mr Mrs Ms Dr Sir Lord Lady State States Republic Parliament Congress Senate House Court Council Party Army North
South East West Eastern Western Northern Southern Pacific Atlantic Democrats Republicans Democrat Republican Photo Video Source Read More Update Breaking Reporting Editing Writing
Although Once Because Instead Even Still Just Only Please Thanks Dear Hello Sources Many Few Every Any Whether Unlike Like Once Niño Niña
Residents Villagers Witnesses Protesters Demonstrators Survivors Locals Voters Critics Supporters Opponents Investigators Rescuers Paramedics Medics
Lawmakers Legislators Troops Militants Gunmen Passengers Refugees Migrants Analysts Observers Diplomats Negotiators Prosecutors Campaigners Volunteers
Orthodox Catholic Catholics Protestant Protestants Anglican Evangelical Sunni Sunnis Shia Shiite Shiites Muslim Muslims Jewish Buddhist Hindu Sikh Coptic Lutheran Methodist
`),
  nameParticles: words("de du des la le van von der den ter ten da di dos das do del della al el ben bin ibn abu bint y"),
  compoundAdjectiveEnds: words("led backed based owned run funded sponsored born linked allied aligned controlled dominated brokered"),
  thingsBefore: words("Masjid storm hurricane typhoon cyclone album operator app network newspaper daily weekly agency channel network website blog brand company team Plaza Port Fort Lake Mount Cape Palacio Palace Granja Casa USS HMS Lake Mount Mt Fort Cape Saint St Sainte operation Operation street avenue prize award school university airport stadium hospital museum mosque church cathedral hotel palace park bridge ship vessel tanker freighter trawler ferry yacht liner frigate destroyer submarine cruiser schooner sailboat tug icebreaker rocket drug vaccine missile drone phone smartphone"),
  placeNouns: words("city cities town towns village villages island islands province provinces region county district municipality borough township"),
  thingsAfter: words(`
Street St Avenue Ave Boulevard Road Way Highway Parkway Square Bridge Prize Award Awards Medal Trophy Cup Airport Stadium Arena Center Centre Hall Hospital School College University Institute
Foundation Museum Library Park Tower Building Hotel Theatre Theater Church Cathedral Mosque Station Line Company Group Inc Ltd Corp Corporation Act Law Doctrine Plan Effect Ferries
Lane Telescope Observatory Satellite Spacecraft Rover Lander Probe Dock Docks Quay Wharf Pier Marina Canal Terrace Crescent Embankment Syndrome Disease Lodge Roadhouse Basin Gorge Beach Island City Creek Survey Laboratory Labs Journal Camera Explorer Orbiter Story News Helicopters Productions Score Room Institution Accord Agreement Treaty Area Zone District War Relationship Memorial Festival Games Championship Open Tournament Series League Summit Conference Forum Day Week Year Affair Report Index Fund Trust Charity Class
Terminal Falls Canyon Valley Mountains Harbour Harbor Islands Reservoir Desert Glacier Peninsula Strait Sea Ocean Gulf Mall Cemetery Prison Barracks
`),
  organizationHeads: words(`
Ministry Department Party Assembly Council Commission Court Senate Parliament Congress Agency Union Federation Association Committee Bank Fund Office Organization Organisation
Institute University Society Group Company Corporation Front Movement Alliance Coalition League Army Forces Police Guard Service Bureau Authority Board Network Times Post
Charity Foundation Partnership Airlines Airways Motors Inc Corp Ltd Academy Orchestra Club Community Tribunal Administration Cabinet Directorate Command Agency Council Commission
Foods Ferries Buses Holdings Industries Technologies Pharmaceuticals Laboratories Logistics Enterprises Brands Plc PLC LLC LLP GmbH AG NV BV ASA A/S Oyj SpA Mining Petroleum Shipping
Renewables Labs Rail Railways Energy Systems Solutions Partners Capital Ventures Therapeutics Biosciences Networks Telecom Communications Resources Minerals
Steel Chemicals Automotive Aerospace Robotics Software Studios Insurance Bancorp Properties Realty Utilities Freight Hospital Clinic College Cooperative
Programme Program FC AFC CF Chamber Chambers Secretariat Taskforce Caucus Trust
`),
  companyNouns: words(`
company firm group giant maker manufacturer carmaker automaker retailer carrier airline bank lender insurer operator startup start-up conglomerate supplier
drugmaker chipmaker steelmaker planemaker miner producer developer refiner shipper brewer chain
distributor publisher broker chain subsidiary brand broadcaster utility
`),
  companyParts: words("shares shareholders headquarters employees staff workers subsidiary founder co-founder cofounder executives CEO"),
  organizations: [
    ...words(`NATO UN EU Kremlin Pentagon IMF WHO WTO OSCE OPEC ASEAN G7 G8 G20 Reuters AP AFP BBC CNN Bloomberg Hamas Hezbollah Taliban ISIS ISIL CIA FBI NSA Google Apple
Microsoft Amazon Facebook Twitter Gazprom Vatican Interpol Bundestag Duma Knesset Mercosur Labour Tories Conservatives Democrats Republicans Congress TVN24 YouTube Instagram`),
    "United Nations", "U.N.", "European Union", "European Commission", "European Council", "European Parliament", "White House", "State Department",
    "Department of State", "Foreign Office", "Downing Street", "No 10", "No. 10", "Number 10", "Senedd", "Stormont", "Holyrood", "House of Representatives", "Supreme Court", "Security Council", "U.N. Security Council",
    "UN Security Council", "United Nations Security Council", "World Bank", "African Union", "Arab League", "Associated Press", "Fox News", "The Guardian",
    "The New York Times", "New York Times", "Washington Post", "Wall Street Journal", "Al Jazeera", "Islamic State", "al-Qaeda", "Al-Qaeda", "Democratic Party",
    "Republican Party", "Labour Party", "Conservative Party", "Liberal Democrats", "Civic Platform", "Law and Justice", "Red Cross", "Amnesty International",
    "Human Rights Watch", "International Monetary Fund",
    // Firms that bear their founders' names read like people.
    "Morgan Stanley", "Goldman Sachs", "Merrill Lynch", "Wells Fargo", "Lehman Brothers", "Johnson & Johnson", "Procter & Gamble",
    "Rolls-Royce", "Mercedes-Benz", "Ernst & Young", "Bain & Company", "Marks & Spencer",
    "Charlie Hebdo", "Le Monde", "Le Figaro", "Anadolu", "Yonhap", "RIA Novosti", "TASS", "Xinhua", "Sputnik", "Russia Today", "Deutsche Welle",
    "Sky News", "CBS", "NBC", "ABC", "NPR", "Politico", "Axios", "The Times", "Financial Times", "The Telegraph", "The Independent", "Daily Mail", "Bank of England", "Bank of Japan", "People's Bank of China", "World Health Organization", "World Trade Organization", "International Court of Justice", "European Central Bank", "Federal Reserve", "National Guard",
    // Outlets, so that a title ending "| The Guardian" or a closing line naming one gives the source.
    "The Washington Post", "The Wall Street Journal", "Los Angeles Times", "USA Today", "The Boston Globe", "Chicago Tribune", "The Globe and Mail", "Toronto Star", "The Irish Times",
    "The Sydney Morning Herald", "The Straits Times", "South China Morning Post", "The Jerusalem Post", "The Economist", "The Daily Telegraph",
    "Evening Standard", "The Scotsman", "Kyodo News", "Euronews", "Al Arabiya", "Haaretz", "ProPublica", "HuffPost", "MSNBC", "CBC",
    // Armed forces and services whose first word also reads as a common noun or a name.
    "Royal Navy", "Royal Air Force", "US Navy", "U.S. Navy", "US Army", "U.S. Army", "US Air Force", "U.S. Air Force", "Coast Guard", "U.S. Coast Guard", "Marine Corps",
    // News agencies, named in datelines, bylines and closing credits.
    "The Canadian Press", "Canadian Press", "Agence France-Presse", "Press Association", "PA Media", "Australian Associated Press", "AAP", "Belga",
    "ANSA", "EFE", "Kyodo", "Jiji Press", "Press Trust of India", "PTI", "Bernama", "Antara", "United Press International", "UPI",
    "Asian News International", "ANI", "Indo-Asian News Service", "IANS", "United News of India", "UNI", "Times News Network", "TNN",
    "Press Information Bureau", "PIB", "Emirates News Agency", "WAM", "Kuwait News Agency", "KUNA", "Qatar News Agency", "QNA", "Saudi Press Agency",
    "Islamic Republic News Agency", "IRNA", "Bangladesh Sangbad Sangstha", "BSS", "Associated Press of Pakistan", "News Agency of Nigeria", "Ghana News Agency",
    "Kenya News Agency", "Prensa Latina", "Deutsche Presse-Agentur", "DPA", "Polish Press Agency", "Ukrinform", "Interfax",
    // Banks and firms known by one capitalised word, which reads like a surname ("analysts at Barclays said").
    ...words(`Barclays HSBC JPMorgan Citigroup Citi Lloyds NatWest Santander UBS Nomura Natixis Boeing Airbus Siemens Stellantis Renault Peugeot TotalEnergies
Shell BP Nestlé Unilever Pfizer Moderna AstraZeneca Novartis Tesla Nvidia Netflix Uber Airbnb Samsung Toyota Volkswagen Walmart Alibaba Huawei TikTok Spotify
Ryanair Lufthansa Carrefour Danone LVMH Sanofi Veolia Engie Axa Thales Safran Keolis Transdev`),
    "Freddie Mac", "Fannie Mae", "Deutsche Bank", "Credit Suisse", "BNP Paribas", "Société Générale", "Crédit Agricole",
    // Unions, employers' bodies and conciliation services, whose names read like verbs or surnames ("Unite said", "Acas said").
    ...words(`Unite Unison GMB RMT Aslef Usdaw Teamsters AFL-CIO UAW TUC CBI Acas`),
    "Unite the Union", "United Auto Workers", "Trades Union Congress", "Confederation of British Industry", "National Education Union",
    "Royal College of Nursing", "British Medical Association", "Canadian Union of Public Employees", "Unifor",
    // Rating agencies, pollsters, consultancies and charities quoted by one word that reads like a surname ("Fitch said", "Oxfam said").
    ...words(`Fitch Gallup Ipsos YouGov Ifop Elabe Odoxa Deloitte KPMG PwC McKinsey Accenture Oxfam Emmaüs Caritas`),
    "Fitch Ratings", "Harris Interactive",
  ],
  places,
  demonyms,
  seats,
  personVerbs: words(`
said says told added stated explained announced noted warned wrote tweeted argued claimed insisted remarked asked replied urged called thanked praised criticized
criticised described confirmed denied admitted acknowledged declared recalled suggested responded countered conceded testified vowed pledged believes believed wins won beats beat keeps kept takes took dies retains signs joins leads led met spoke visited died resigned who
arrested born elected appointed sentenced detained jailed hospitalised hospitalized kidnapped murdered stabbed apologised apologized pleaded married divorced retired graduated
  `),
  speakerIntroducers: words("according by"),
  nicknameIntroducers: ["known as", "widely known as", "better known as", "also known as", "commonly known as", "nicknamed", "dubbed", "alias"],
  placePrepositions: ["in", "near"],
  employerPrepositions: ["at"],
  organizationOpeners: words("North South East West Eastern Western Northern Southern Pacific Atlantic State States Republic Senate House Army"),
  reignNouns: words("reign dictatorship"),
  leaderNouns: words("administration presidency"),
  familyNouns: words("family clan dynasty"),
  nobleTitles: words("lady lord sir dame sheikh"),
  roleStops: words(`
and or but who which that with by for to at in on from as when while after before said told says was is has had have were are will would has also then than where
  `),
  commonWords: words(`
red hot gold golden dark star wars story big little great old new royal grand united free global national international world universal central public open life
love rain purple black white blue green rock music radio show game games party night day light fire water sky sun moon earth space energy power city island beach
lake river mountain creek basin gorge valley lodge house home road street bay point coast harbor harbour camera explorer orbiter survey laboratory labs journal
news times post daily weekly mail herald tribune review magazine records productions helicopters airlines motors systems technologies solutions services holdings
capital partners ventures media entertainment studios pictures films books press digital online mobile smart grid solar impulse wide field want your my has to up
go out off down back over under emperor king queen lord lady prince princess knight dream dreams heart hearts soul spirit story stories tales legend legends
empire kingdom republic nation union alliance league team club cup challenge trophy masters open series tour race prix grand final finals championship
cycle sprint score golden summer winter spring autumn fall north south east west central upper lower high low first last best top
`),
  unknownNameWeight: 1,
};
