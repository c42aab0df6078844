import type { EntityWords } from "../../stages/entities/index.js";
import { familyNamesFirst, internationalFirstNames } from "../names.js";
import { demonyms, places, seats } from "./places.js";

const words = (list: string) => list.split(/\s+/).filter(Boolean);

export const entities: EntityWords = {
  firstNames: [
    ...internationalFirstNames,
    ...words(`
Adrien Agnès Alain Albert Alexandre Alexandra Alexis Alice Aline Amélie Anaïs André Andrée Angèle Anne Annie Antoine Armand Arnaud Arthur Audrey Aurélie Aurélien
Axel Baptiste Barbara Bastien Benoît Benoit Bernadette Bernard Bertrand Brigitte Bruno Camille Caroline Catherine Cécile Céline Chantal Charles Charlotte Chloé Christelle
Christiane Christine Christophe Claire Clara Claude Claudine Clément Clémence Colette Corinne Cyril Cyrille Damien Daniel Danielle David Delphine Denis Denise Didier Dominique
Édouard Edouard Élisabeth Elisabeth Élise Élodie Éloïse Emilie Émilie Emma Emmanuel Emmanuelle Éric Eric Estelle Étienne Etienne Eugène Évelyne Fabien Fabienne Fabrice
Florence Florent Florian France Francis Franck François Françoise Frédéric Frédérique Gabriel Gabrielle Gaël Gaëlle Gaston Geneviève Geoffroy Georges Gérald Gérard Géraldine
Germain Gérôme Ghislaine Gilbert Gilles Ginette Grégoire Grégory Guillaume Gustave Guy Hélène Henri Henriette Hervé Hubert Hugo Hugues Inès Irène Isabelle Jacqueline Jacques
Jean Jeanne Jérémie Jérémy Jérôme Joël Joëlle Joseph Josiane Josette Jules Julie Julien Juliette Justine Laetitia Laëtitia Laure Laurence Laurent Léa Léon Léonie Lionel Loïc
Louis Louise Luc Lucas Lucie Lucien Lucienne Ludovic Madeleine Manon Marc Marcel Marcelle Margaux Marguerite Marie Marine Marion Marius Marthe Martial Martin Martine
Mathieu Mathilde Matthieu Maud Maurice Max Maxime Mélanie Michel Michèle Micheline Mireille Monique Muriel Nadège Nadine Nathalie Nicolas Nicole Noël Noémie Odette Odile
Olivier Pascal Pascale Patrice Patricia Patrick Paul Paule Pauline Philippe Pierre Pierrette Quentin Raphaël Raymond Régis Rémi Rémy Renaud René Renée Richard Robert Rodolphe
Roger Roland Romain Rose Sabine Sacha Samuel Sandrine Sarah Ségolène Serge Simone Solène Sophie Stéphane Stéphanie Suzanne Sylvain Sylvie Thérèse Thibaut Thibault Thierry
Thomas Timothée Tristan Valentin Valérie Valéry Véronique Victor Vincent Virginie Xavier Yann Yannick Yves Yvette Yvonne Zoé Édith Gisèle Jean-Marie Jean-Pierre Jean-Luc
Jean-Yves Jean-Marc Jean-Paul Jean-Jacques Jean-Claude Jean-François Jean-Louis Jean-Michel Jean-Baptiste Marie-France Marie-Christine Anne-Marie Pierre-Henry Pierre-Yves
Ségolène Najat Rachida Fadela Myriam Nathalie Agnès Marlène Roselyne Élisabeth Brune Amélie Aurore Anatole Apolline Blandine Capucine Clotilde Diane Éléonore Gaspard Hippolyte
Maximilien Maximilienne Brice Flora Aurélien Ericka Babette Jodie Marius Octave Ophélie Perrine Romane Sixtine Victoire Yasmina Kylian Enzo Mathis Théo Nathan Noah Ethan Léo Tom Mattéo Raphaëlle Lilou Lola Jade Ambre Lina Maëlys
Auguste Lara Mila Maël Morgane Maëlle Erwan Gwenaël Gwendal Ronan Tanguy Yvon Nolwenn Soizic Katell Enora Maïwenn Brieuc Corentin Gaël Loïg Killian Océane Séverine
Sébastien Cédric Amandine Coralie Héloïse Huguette Yaël Aymeric Anne-Sophie Anne-Laure Marie-Claire Marie-Hélène Marie-Laure Pierre-Olivier Louis-Philippe
`),
  ],
  familyNamesFirst,
  honorifics: words("M MM Mme Mmes Mlle Me Mgr Dr Pr Monsieur Madame Mademoiselle Maître Sœur Frère Cheikh Sheikh Sir Lord Lady Dame"),
  formsOfAddress: words("M MM Mme Mmes Mlle Monsieur Madame Mademoiselle"),
  roleNouns: words(`
président présidente vice-président vice-présidente ministre porte-parole attaché attachée secrétaire conseiller conseillère chef cheffe directeur directrice
dirigeant dirigeante responsable leader chancelier chancelière roi reine prince princesse pape cardinal archevêque évêque imam prêtre rabbin pasteur abbé curé maire adjoint adjointe
député députée sénateur sénatrice juge procureur procureure avocat avocate ambassadeur ambassadrice général générale colonel commandant amiral capitaine lieutenant émissaire
envoyé envoyée médiateur médiatrice négociateur négociatrice gouverneur gouverneure préfet préfète commissaire délégué déléguée représentant représentante candidat candidate
fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice patron patronne PDG président-directeur présidente-directrice entraîneur entraîneuse sélectionneur joueur joueuse coureur coureuse cycliste footballeur acteur actrice
chanteur chanteuse écrivain écrivaine auteur autrice réalisateur réalisatrice journaliste photographe chercheur chercheuse professeur professeure docteur astronome physicien
physicienne économiste analyste prévisionniste météorologue coordinateur coordinatrice administrateur administratrice consultant consultante stratège skipper expert experte militant militante opposant opposante trésorier recteur doyen homologue émir monarque souverain souveraine sultan cheikh
épouse époux mari veuve fils fille frère sœur père mère neveu nièce petit-fils petite-fille grand-père grand-mère oncle tante cousin cousine voisin voisine suspect suspecte agresseur assaillant tueur otage victime présentateur présentatrice
champion championne vainqueur vainqueure lauréat lauréate médaillé médaillée tenant tenante coéquipier coéquipière compatriote gardien gardienne attaquant attaquante défenseur arbitre pilote skieur skieuse nageur nageuse athlète triathlète perchiste sprinteur boxeur boxeuse tireur tireuse escrimeur escrimeuse judoka lutteur rameur navigateur navigatrice alpiniste enseignant enseignante instituteur institutrice proviseur proviseure commerçant commerçante agriculteur agricultrice éleveur éleveuse boulanger boulangère
fromager fromagère pêcheur artisan artisane adjudant brigadier sergent caporal lieutenant-colonel retraité retraitée riverain riveraine habitant habitante témoin
survivant survivante bénévole salarié salariée ouvrier ouvrière syndicaliste élu élue employé employée gérant gérante propriétaire chauffeur
musicien musicienne rappeur rappeuse artiste interprète guitariste pianiste batteur batteuse violoniste youtubeur youtubeuse influenceur influenceuse styliste cinéaste scénariste dramaturge compositeur compositrice humoriste comédien comédienne metteur danseur danseuse peintre sculpteur architecte ingénieur philosophe historien historienne sociologue poète poétesse romancier romancière dessinateur dessinatrice producteur productrice animateur animatrice chroniqueur chroniqueuse éditorialiste policier policière gendarme soldat militaire pompier médecin infirmier infirmière chirurgien étudiant étudiante élève lycéen lycéenne premier-ministre haut-représentant haut-commissaire ayatollah guide commandant vice-chancelier vice-Premier sous-secrétaire secrétaire-général numéro maréchal commodore
  `),
  roleModifiers: words("ancien ancienne nouveau nouvel nouvelle premier première futur future actuel actuelle second seconde deuxième haut haute grand grande ex sortant sortante adjoint adjointe jeune Premier vice"),
  roleClasses: [
    words("porte-parole attaché attachée secrétaire spokesman spokeswoman spokesperson"),
    words("président présidente dirigeant dirigeante chef cheffe leader chancelier chancelière monarque souverain roi reine"),
    words("ministre secrétaire"),
    words("conseiller conseillère"),
    words("ambassadeur ambassadrice émissaire envoyé envoyée représentant représentante"),
  ],
  determiners: words("le la l' les un une du des son sa ses leur leurs ce cet cette notre votre au aux"),
  nonNames: words(`
Le La Les L' Un Une Des Du De D' Ce Cet Cette Ces Il Elle Ils Elles On Nous Vous Je Tu Mais Et Ou Donc Car Or Ni Selon Après Avant Depuis Pendant Lors Dans En Au Aux
Pour Par Sur Sous Avec Sans Entre Contre Vers Chez Comme Quand Alors Ainsi Aussi Cependant Toutefois Néanmoins Pourtant Enfin Puis Ensuite Déjà Encore Hier Aujourd'hui
Demain Son Sa Ses Leur Leurs Notre Votre Tout Tous Toute Toutes Plusieurs Certains Certaines Quelques Chaque Aucun Aucune Rien Oui Non Si Ici Là Cela Ceci Celui Celle Ceux
Qui Que Quoi Où Dont Pourquoi Comment Combien Parmi Malgré Grâce Face Outre Quant Dès Lorsque Puisque Bien Très Plus Moins Mieux Peu Beaucoup Trop Autre Autres Même
État États République Gouvernement Nord Sud Est Ouest Dieu Internet Noël Pâques Ramadan Mondial Euro Jeux Olympiques Coupe Tour Championnat Grand Prix Premier Première
Monsieur Madame Mme Sénat Assemblée Cour Conseil Parlement Commission Union Parti Front Armée Église Islam Coran Bible Ukrainiens Russes Français
Orthodoxe Orthodoxes Catholique Catholiques Protestant Protestants Anglican Évangélique Sunnite Sunnites Chiite Chiites Musulman Musulmans Juif Juifs Bouddhiste Hindou Sikh Copte Coptes Luthérien
Rappelons Notons Soulignons Voici Voilà Mme Chers Bonjour Merci Désolé Désolée Bravo Salut Allô Pardon Félicitations Photo Vidéo Source Sources Lire Voir Suite Article Titre Résumé Note Notes Mise Mis Publié Modifié
Celle-ci Celui-ci Ceux-ci Celles-ci Personne Chacun Chacune Aucun Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Côté Niño Niña
`),
  nameParticles: words("de du des d' la le van von der den ter ten da di dos das do del della al el ben bin ibn abou abu ould y"),
  // French writes « mené par X », never a hyphened adjective of a name.
  compoundAdjectiveEnds: [],
  thingsBefore: words(`
rue avenue boulevard bd place quai impasse allée chemin route pont prix lycée collège école université institut stade aéroport gare station hôpital clinique musée
théâtre salle centre fondation opération mosquée Masjid église cathédrale basilique chapelle temple synagogue abbaye couvent hôtel palais château parc jardin square port
porte-avions navire sous-marin frégate croiseur vaisseau bateau avion fusée sonde satellite mission programme plan loi affaire tournoi trophée coupe médaille festival
cinéma lac mont cap île baie canal journal quotidien hebdomadaire magazine agence chaîne radio site blog label marque entreprise firme société
équipe club presse album piste promotion Santa Sao São San Santo opérateur collectif tempête ouragan cyclone typhon application réseau Fort Port Pays Vallée Wilaya Lac Passage Promenade Parc Chalet Col Cap Mont Pic Oued Région Télescope Vierge Plaza Villa Palais Château Hôtel Saint Sainte St Ste saint sainte square esplanade cité quartier résidence complexe centre-ville lycée-collège fort
paquebot chalutier cargo voilier trimaran monocoque catamaran pétrolier ferry yacht remorqueur brise-glace méthanier porte-conteneurs thonier
smartphone téléphone logiciel vaccin médicament missile drone modèle véhicule voiture char fusil rapport réforme salon rallye marathon gala
`),
  placeNouns: words("ville villes village villages commune communes île îles région régions province provinces département district quartier localité bourg hameau comté archipel oasis"),
  thingsAfter: words("Room Institution Accord Area Airlines Airways Arena Center Centre Stadium Street Avenue Prize Award Cup Trophy Hall Hospital School College University Institute Foundation Museum Park Tower Building Hotel Theatre Theater Station Bridge Square Road Group Inc Ltd Corp"),
  organizationHeads: words(`
ministère Ministère Parti parti Assemblée Conseil Commission Cour Tribunal Sénat Parlement Agence Union Fédération Confédération Association Comité Banque Fonds Office
Organisation Institut Université Société Groupe Compagnie Front Mouvement Rassemblement Alliance Coalition Ligue Syndicat Armée Forces Gendarmerie Direction Service
Département Centre Bureau Caisse Bourse Parquet Préfecture Mairie Autorité Haute-Autorité Observatoire Fondation Académie Orchestre Club Conférence Congrès Chambre Communauté Mission Brigade Régiment Ordre
Partei Volkspartei Bündnis Partido Partito
Fonderies Laboratoires Établissements Chantiers Ateliers Aciéries Papeteries Brasseries Assurances Éditions Mutuelle
`),
  companyNouns: words(`
société entreprise groupe firme fabricant constructeur compagnie laboratoire banque assureur opérateur distributeur exploitant équipementier start-up
géant enseigne marque transporteur armateur éditeur promoteur filiale holding chaîne quotidien hebdomadaire sidérurgiste chimiste
`),
  companyParts: words(`
direction actionnaires actionnaire salariés employés filiale filiales PDG P-DG patron patronne fondateur fondatrice cofondateur cofondatrice
directeur directrice dirigeants
`),
  organizations: [
    ...words(`OTAN ONU OSCE UE Kremlin Élysée Maison-Blanche Matignon Bercy Pentagone BCE FMI OMS OMC Unesco Unicef HCR AIEA G7 G8 G20 AFP Reuters Daech Daesh Hezbollah Hamas
Talibans Vatican Saint-Siège Twitter Facebook Google Apple Amazon Microsoft SNCF EDF Renault Airbus Gazprom Rosneft Naftogaz Greenpeace CIA FBI NSA KGB FSB Interpol
Europol Frontex Bundestag Douma Knesset CPI ASEAN Mercosur COMESA CEDEAO Commonwealth OPEP UEFA FIFA CIO MSF UMP PS LR RN LFI Modem YouTube Instagram TikTok Telegram`),
    "Union européenne", "Commission européenne", "Conseil européen", "Parlement européen", "Maison Blanche", "Quai d'Orsay", "Département d'État",
    "Conseil de sécurité", "Conseil de sécurité de l'ONU", "Conseil de sécurité des Nations unies", "Nations unies", "Organisation des Nations unies",
    "ministère des Affaires étrangères", "ministère de l'Intérieur", "ministère de la Défense", "ministère de la Justice", "ministère des Armées",
    "ministère de la Santé", "ministère de l'Économie", "ministère de l'Éducation nationale", "ministère des Finances", "Assemblée nationale",
    "Conseil constitutionnel", "Conseil d'État", "Cour de cassation", "Cour des comptes", "Banque centrale européenne", "Banque mondiale",
    "parquet antiterroriste", "parquet national antiterroriste", "parquet national financier", "Parti socialiste", "Les Républicains", "Front national",
    "police", "gendarmerie", "Rassemblement national", "La République en marche", "En marche", "La France insoumise", "Parti communiste", "État islamique", "Al-Qaïda",
    "Croix-Rouge", "Amnesty International", "Human Rights Watch", "Médecins sans frontières", "Chambre des représentants", "Cour suprême",
    "Cour pénale internationale", "Réserve fédérale", "Réserve fédérale américaine", "Fonds monétaire international",
    "Organisation mondiale de la santé", "Organisation mondiale du commerce", "Union pour la Méditerranée", "Banque de France",
    "Banque d'Angleterre", "Banque du Japon", "Banque populaire de Chine", "Cour internationale de justice", "Cour européenne des droits de l'homme",
    // Schools and firms whose names read like people's.
    "Sciences Po", "Rolls-Royce", "Mercedes-Benz", "Morgan Stanley", "Goldman Sachs",
    "Charlie Hebdo", "Canard enchaîné", "Le Canard enchaîné", "Libération", "Le Monde", "Le Figaro", "L'Humanité", "Le Parisien", "Les Échos", "Mediapart",
    "France Télévisions", "France Info", "France Inter", "France Culture", "France Bleu", "France 2", "France 3", "France 24", "TF1", "BFMTV", "LCI", "I-Télé",
    "Anadolu", "Yonhap", "RIA Novosti", "TASS", "Xinhua", "Sputnik", "Russia Today", "Al Jazeera", "Deutsche Welle", "Le Temps", "Le Soir", "Radio-Canada", "Union africaine", "Ligue arabe", "Associated Press", "Agence France-Presse", "Garde nationale", "Downing Street",
    // Outlets, so that a title ending « - Le Télégramme » or a closing line naming one gives the source.
    "Ouest-France", "Le Télégramme", "Sud Ouest", "La Dépêche du Midi", "La Voix du Nord", "Le Progrès", "Le Dauphiné libéré", "Midi Libre",
    "Nice-Matin", "Var-Matin", "Corse-Matin", "L'Est républicain", "Les Dernières Nouvelles d'Alsace", "Le Républicain lorrain",
    "Le Courrier picard", "Paris-Normandie", "La Nouvelle République", "Le Bien public", "Le Journal du dimanche", "L'Obs", "Le Nouvel Obs",
    "L'Équipe", "Les Echos", "20 Minutes", "Le HuffPost", "Franceinfo", "RFI", "RTL", "Europe 1", "RMC", "Le Devoir", "Le Journal de Montréal",
    "La Libre Belgique", "Tribune de Genève", "Jeune Afrique", "Le Maine libre", "Presse Océan", "Charente libre", "Le Populaire du Centre",
    // Agences de presse, nommées dans les datelines, les signatures et les crédits de fin.
    "La Presse Canadienne", "Presse Canadienne", "La Presse canadienne", "Presse canadienne", "Belga", "Agence Belga", "ANSA", "EFE", "Keystone-ATS", "Kyodo",
    "Agence de presse africaine", "Agence marocaine de presse", "Agence Anadolu",
    "Algérie Presse Service", "Agence de presse sénégalaise", "APS", "Maghreb Arabe Presse", "MAP", "Tunis Afrique Presse", "TAP", "Agence ivoirienne de presse",
    "AIP", "Agence télégraphique suisse", "ATS", "Agence Ecofin", "APA", "Agence congolaise de presse", "ACP",
    // Syndicats et organisations patronales, dont les noms ont des mots en minuscules (« Force ouvrière ») ou se lisent comme des noms communs.
    "CGT", "CFDT", "CFTC", "CFE-CGC", "Force ouvrière", "FO", "Unsa", "UNSA", "Solidaires", "SUD-Rail", "FSU", "Medef", "CPME", "U2P", "FNSEA",
    "Confédération paysanne", "Jeunes agriculteurs", "Coordination rurale",
    // Armées et services de l'État, dont le premier mot se lit aussi comme un prénom (« Marine ») ou un nom commun.
    "Marine nationale", "Police nationale", "Armée de terre", "Armée de l'air", "Armée de l'air et de l'espace", "Éducation nationale",
    "Sécurité civile", "Protection civile", "Garde côtière", "Garde républicaine", "Bibliothèque nationale de France", "Marine royale",
    // Banques et entreprises connues par un seul mot capitalisé, qui se lit comme un nom de famille.
    ...words(`Barclays HSBC JPMorgan Citigroup Santander UBS Natixis Boeing Siemens Stellantis Peugeot TotalEnergies Nestlé Unilever Pfizer
Moderna AstraZeneca Novartis Tesla Nvidia Netflix Uber Airbnb Samsung Toyota Volkswagen Walmart Alibaba Huawei TikTok Spotify Ryanair Lufthansa
Carrefour Danone LVMH Sanofi Veolia Engie Axa Thales Safran Keolis Transdev RATP`),
    // Partis belges, dont les noms se lisent comme des noms de personne (« la ministre Ecolo »).
    "Ecolo", "Groen", "Vooruit", "N-VA", "Vlaams Belang", "PTB", "Les Engagés", "DéFI", "Open VLD", "CD&V",
    "Deutsche Bank", "Crédit Agricole", "Société générale", "BNP Paribas", "Crédit mutuel", "Caisse des dépôts",
  ],
  places,
  demonyms,
  seats,
  personVerbs: words(`
déclaré dit indiqué affirmé expliqué estimé ajouté précisé souligné annoncé assuré rappelé répondu confié jugé noté averti prévenu martelé insisté reconnu
déclare explique affirme estime ajoute précise souligne annonce assure rappelle répond confie juge note avertit prévient martèle insiste reconnaît déplore dénonce
déploré dénoncé regretté regrette salué salue raconte raconté démenti dément réagi réagit répliqué réplique protesté proteste plaidé plaide témoigne témoigné lancé lance tweeté écrit écrivait poursuit poursuivi conclu conclut rencontré
entretenu rendu remporte gagne garde bat devance conserve décroche reçoit signe domine obtient quitte rejoint meurt décède succède démissionne arrivé arrive né née âgé âgée décédé décédée mort morte tué tuée élu élue nommé nommée démissionné
`),
  speakerIntroducers: words("selon d'après pour"),
  nicknameIntroducers: ["dit", "dite", "surnommé", "surnommée", "alias", "connu sous le nom de", "plus connu sous le nom de", "connue sous le nom de"],
  placePrepositions: ["en"],
  employerPrepositions: ["chez"],
  // French names put these after their head (« Conseil régional du Nord »): none opens one.
  organizationOpeners: [],
  reignNouns: words("règne dictature"),
  leaderNouns: words("gouvernement quinquennat septennat présidence administration"),
  familyNouns: words("famille clan dynastie"),
  nobleTitles: words("lady lord sir dame cheikh sheikh"),
  roleStops: words(`
et a ont est sont était étaient avait avaient sera seront qui que qu' dont où avec par pour selon mais ou ni car donc lorsque quand comme si entre contre après avant
pendant depuis lors à au aux dans sur sous chez vers sans déclaré dit indiqué annoncé
`),
  commonWords: words(`
grand grande grands grandes petit petite nouveau nouvelle vieux vieille saint sainte haut haute bas basse mont monts val vallée lac pays région île îles côte
pic col cap baie golfe port fort plage forêt bois plaine plateau parc jardin palais château tour pont porte place rue avenue boulevard quai promenade passage
cité ville village bourg hameau domaine mas chalet refuge marché halle salle centre musée théâtre cinéma opéra stade piscine gare aéroport réveil force
guerre paix monde terre ciel soleil lune étoile mer océan fleuve rivière canal source fontaine dent roche rocher pierre désert oasis oued wilaya département
`),
  unknownNameWeight: 2,
};
