import { describe, expect, it } from "vitest";
import { parseDocument } from "../index.js";

function speakers(text: string, language: "fr" | "en"): [string, string | null][] {
  return parseDocument(text, { language, publishedAt: "2024-03-05" }).quotes.map((quote) => [quote.text, quote.speaker]);
}

describe("an unnamed speaker with a complement opened by a possessive", () => {
  it("is named by its noun alone, here and when it speaks again", () => {
    const text = "Le président Kamara est absent depuis lundi. Selon la présidence de son pays, il se repose à Genève. La présidence a ajouté qu'il rentrerait jeudi.";
    expect(speakers(text, "fr")).toEqual([
      ["il se repose à Genève", "présidence"],
      ["il rentrerait jeudi", "présidence"],
    ]);
  });
});

describe("a capitalised title written alone as the subject", () => {
  it("stands for the one person the text gave that title", () => {
    const text = "Transport Minister Dana Okafor met the unions on Monday. “We will find a solution,” Minister added. Asked about the strike, Transport Minister said, “The trains will run.”";
    expect(speakers(text, "en")).toEqual([
      ["We will find a solution,", "Dana Okafor"],
      ["The trains will run.", "Dana Okafor"],
    ]);
  });
});

describe("role nouns in the plural", () => {
  it("name a group that speaks, not the one person whose title holds the noun", () => {
    const text = "The talks were led by Karl Brenner, Prime Minister and Chair of the Council. The ministers noted that growth was slowing. According to Karl Brenner, the Ministers also agreed that they would meet again.";
    expect(speakers(text, "en")[0]).toEqual(["growth was slowing", "ministers"]);
  });
});

describe("personal pronouns", () => {
  it("stand for a person named after the body that spoke last (French)", () => {
    const text = "La commission d'enquête a conclu que l'accident était évitable. Jean Dupont, l'avocat des familles, a quitté la salle en silence. Selon lui, la procédure a été bâclée.";
    expect(speakers(text, "fr")).toEqual([
      ["l'accident était évitable", "commission d'enquête"],
      ["la procédure a été bâclée", "Jean Dupont"],
    ]);
  });

  it("stand for a person named after the body that spoke last (English)", () => {
    const text = "The review board said the crash could have been avoided. Mark Benson, a lawyer for the families, left the hearing in silence. According to him, the inquiry was rushed.";
    expect(speakers(text, "en")).toEqual([
      ["the crash could have been avoided", "review board"],
      ["the inquiry was rushed", "Mark Benson"],
    ]);
  });

  it("still stand for the body when no person is named since", () => {
    expect(speakers("La commission d'enquête a conclu que l'accident était évitable. Elle a ajouté que les secours étaient arrivés tard.", "fr")).toEqual([
      ["l'accident était évitable", "commission d'enquête"],
      ["les secours étaient arrivés tard", "commission d'enquête"],
    ]);
    expect(speakers("The review board said the crash could have been avoided. It added that rescuers arrived late.", "en")).toEqual([
      ["the crash could have been avoided", "review board"],
      ["rescuers arrived late", "review board"],
    ]);
  });
});

describe("pronouns after a new subject", () => {
  it("stand for a person who opened a sentence since the last speaker", () => {
    const text = "Titre\n\nThe mayor, Carla Jensen, said the bridge would close. Tom Reyes watched the crews from his porch. “I have never seen it this bad,” he said.";
    expect(speakers(text, "en").filter(([, speaker]) => speaker === "Tom Reyes")).toEqual([["I have never seen it this bad,", "Tom Reyes"]]);
  });

  it("stand for a person who opened a sentence behind a short adjunct and its comma", () => {
    const fr = "Titre\n\n« Nous ne paierons pas », a déclaré Marc Lenoir. Lundi 4 mars, Paul Berthet a signé le décret. « C'est une très bonne chose », a-t-il déclaré.";
    expect(speakers(fr, "fr").map(([, speaker]) => speaker)).toEqual(["Marc Lenoir", "Paul Berthet"]);
    const en = "Title\n\n“We will not pay,” said Mark Lenoir. On Monday, Paul Berthet signed the order. “This is a very good thing,” he said.";
    expect(speakers(en, "en").map(([, speaker]) => speaker)).toEqual(["Mark Lenoir", "Paul Berthet"]);
    // A name listed after a comma is no subject.
    const list = "Title\n\n“We will not pay,” said Mark Lenoir. They met Anna Holt, Paul Berthet, and others. “This is a very good thing,” he said.";
    expect(speakers(list, "en").map(([, speaker]) => speaker)).toEqual(["Mark Lenoir", "Mark Lenoir"]);
  });

  it("keep the last speaker when the person named since is no subject", () => {
    const text = "Titre\n\nLa maire, Carla Jensen, a dit que le pont fermerait. Elle a rencontré Tom Reyes lundi. « Nous n'avons pas le choix », a-t-elle ajouté.";
    expect(speakers(text, "fr").filter(([quote]) => quote.startsWith("Nous"))).toEqual([["Nous n'avons pas le choix", "Carla Jensen"]]);
  });
});

describe("possessives", () => {
  it("stand for their owner before words of saying, and leave the speaking to any other noun", () => {
    expect(speakers("Marc Olivier a été entendu lundi. Selon ses avocats, l'audience sera reportée. Selon ses dires, il dormait chez lui.", "fr")).toEqual([
      ["l'audience sera reportée", "avocats"],
      ["il dormait chez lui", "Marc Olivier"],
    ]);
    expect(speakers("Paul Reed was questioned on Monday. His lawyers said the hearing would be postponed. He said he had been asleep at home.", "en")).toEqual([
      ["the hearing would be postponed", "lawyers"],
      ["he had been asleep at home", "Paul Reed"],
    ]);
  });

  it("of the outlet itself name no speaker", () => {
    expect(speakers("Selon nos informations, le club va changer d'entraîneur.", "fr")).toEqual([]);
  });
});

describe("quotations without a verb of saying", () => {
  it("do not take the subject of an unrelated clause as their speaker", () => {
    const french = "Le forum portera sur le budget. D'autres sujets seront aussi discutés lors des ateliers, comme « la sécurité des données personnelles et la formation des enseignants ».";
    expect(speakers(french, "fr")).toEqual([["la sécurité des données personnelles et la formation des enseignants", null]]);
    const english = 'The forum will focus on the budget. Other issues will also be discussed in the workshops, such as "data security and the training of teachers".';
    expect(speakers(english, "en")).toEqual([["data security and the training of teachers", null]]);
  });

  it("still read an unnamed speaker before a colon", () => {
    const text = "Le syndicat des enseignants a réagi dans la soirée. Pour le syndicat des enseignants : « ces mesures arrivent beaucoup trop tard ».";
    expect(speakers(text, "fr")).toEqual([["ces mesures arrivent beaucoup trop tard", "syndicat des enseignants"]]);
  });
});

describe("words quoted again without a verb of saying", () => {
  it("stay with the one who said them first", () => {
    const french = "Le ministre des Finances, Paul Morel, a déclaré : « Nous ne lâcherons rien devant la pression des marchés. » Dans les couloirs de l'Assemblée nationale, ces mots tournaient en boucle, « nous ne lâcherons rien devant la pression ».";
    expect(speakers(french, "fr")).toEqual([
      ["Nous ne lâcherons rien devant la pression des marchés.", "Paul Morel"],
      ["nous ne lâcherons rien devant la pression", "Paul Morel"],
    ]);
    const english = 'Finance Minister Paul Morel said the delay was due to "a simple calculation error". The Socialist Party is studying whether "calculation errors" could account for the deficit.';
    expect(speakers(english, "en")).toEqual([
      ['the delay was due to "a simple calculation error"', "Paul Morel"],
      ["a simple calculation error", "Paul Morel"],
      ["calculation errors", "Paul Morel"],
    ]);
  });
});

describe("a participle clause after the subject", () => {
  it("does not give the speaker: the subject before it does", () => {
    const text = "La maire de Nantes Johanna Prigent a ouvert la séance. La maire de Nantes, reçue à Matignon, a déclaré que le tramway serait prolongé.";
    expect(speakers(text, "fr")).toEqual([["le tramway serait prolongé", "Johanna Prigent"]]);
  });
});

describe("relative clauses in the subject", () => {
  it("do not give the speaker when they close before the verb", () => {
    expect(speakers("Jean Dupont, responsable syndical qui a succédé à Paul Morel, a déclaré que la grève continuerait.", "fr")).toEqual([["la grève continuerait", "Jean Dupont"]]);
    expect(speakers('Jean Dupont, a union leader who succeeded Paul Morel last year, said: "The strike will go on."', "en")).toEqual([["The strike will go on.", "Jean Dupont"]]);
  });

  it("still give the speaker when the verb is in them", () => {
    expect(speakers("La réforme à laquelle Paul Morel a dit tenir sera examinée en juin.", "fr")).toEqual([["tenir sera examinée en juin", "Paul Morel"]]);
  });
});

describe("a person who only completes the subject's noun", () => {
  it("is not the speaker: the noun is (French)", () => {
    const text = "Boris Johnson a défendu le plan lundi. Selon les détracteurs de Johnson, ce plan est un piège. Les avocats de Mark Benson ont affirmé que le jugement était injuste.";
    expect(speakers(text, "fr")).toEqual([
      ["ce plan est un piège", "détracteurs de Johnson"],
      ["le jugement était injuste", "avocats de Mark Benson"],
    ]);
  });

  it("is not the speaker: the noun is (English)", () => {
    const text = "Boris Johnson defended the plan on Monday. According to Johnson's critics, the plan is a trap. Mark Benson's lawyers said the ruling was unfair. The lawyers of Mark Benson said the ruling was illegal.";
    expect(speakers(text, "en")).toEqual([
      ["the plan is a trap", "critics"],
      ["the ruling was unfair", "lawyers"],
      ["the ruling was illegal", "lawyers of Mark Benson"],
    ]);
  });

  it("still speaks when named after the noun", () => {
    expect(speakers("L'avocat de Mark Benson, Jean Dupont, a affirmé que le jugement était injuste.", "fr")).toEqual([["le jugement était injuste", "Jean Dupont"]]);
    expect(speakers("Mark Benson's lawyer Jean Dupont said the ruling was unfair.", "en")).toEqual([["the ruling was unfair", "Jean Dupont"]]);
  });
});

describe("a document tied to its issuer", () => {
  it("is spoken by the issuer", () => {
    expect(speakers("Un communiqué émanant du ministère de la Défense a précisé que les exercices étaient terminés.", "fr")).toEqual([["les exercices étaient terminés", "ministère de la Défense"]]);
    expect(speakers("A statement issued by the Defence Ministry said the drills were over.", "en")).toEqual([["the drills were over", "Defence Ministry"]]);
  });

  it("is spoken by its author when the document's noun heads the phrase", () => {
    expect(speakers("Selon les chiffres de la gendarmerie, douze véhicules ont été incendiés. D'après le rapport de Greenpeace, la nappe s'étend vers le sud.", "fr")).toEqual([
      ["douze véhicules ont été incendiés", "gendarmerie"],
      ["la nappe s'étend vers le sud", "Greenpeace"],
    ]);
    expect(speakers("According to estimates by the Red Cross, 300 homes were flooded.", "en")).toEqual([["300 homes were flooded", "Red Cross"]]);
  });
});

describe("an organization's name before a noun", () => {
  it("only qualifies the noun in English", () => {
    expect(speakers("According to a United Nations envoy, the ceasefire will hold.", "en")).toEqual([["the ceasefire will hold", "United Nations envoy"]]);
    const named = "According to a United Nations envoy, the ceasefire will hold. Paul Morel, United Nations envoy for the region, met both sides on Tuesday.";
    expect(speakers(named, "en")).toEqual([["the ceasefire will hold", "Paul Morel"]]);
  });

  it("is the speaker in French, where adjectives follow it", () => {
    expect(speakers("Le ministère de la Défense russe a indiqué que les exercices étaient terminés.", "fr")).toEqual([["les exercices étaient terminés", "ministère de la Défense"]]);
  });
});

describe("unnamed speakers", () => {
  it("may be a collective noun without an article", () => {
    expect(speakers("Titre\n\nTwo people were hurt, according to county police.", "en")).toEqual([["Two people were hurt", "county police"]]);
  });

  it("keep the complement that names whom they speak for", () => {
    const text = "Titre\n\nA spokesperson for the Office of Rail and Road said the line would reopen. A source close to the coach said he would stay.";
    expect(speakers(text, "en")).toEqual([
      ["the line would reopen", "spokesperson for the Office of Rail and Road"],
      ["he would stay", "source close to the coach"],
    ]);
  });

  it("keep an audience noun that heads its own phrase, and drop one that only precedes the speaker", () => {
    expect(speakers("La presse régionale fait remarquer que le chantier a pris deux ans de retard. « Rien n'est prêt », a déclaré aux journalistes le porte-parole de la mairie.", "fr")).toEqual([
      ["le chantier a pris deux ans de retard", "presse régionale"],
      ["Rien n'est prêt", "porte-parole de la mairie"],
    ]);
    expect(speakers("The local press reports that the works are two years late.", "en")).toEqual([["the works are two years late", "local press"]]);
  });

  it("speak through French periphrases of saying", () => {
    expect(speakers("Les élus font remarquer que la ligne ferme chaque hiver. Les riverains ont fait observer que le pont était fissuré.", "fr")).toEqual([
      ["la ligne ferme chaque hiver", "élus"],
      ["le pont était fissuré", "riverains"],
    ]);
  });
});

describe("documents", () => {
  it("speak for whoever the text says issued them", () => {
    const fr = "L'inspection du travail a publié mardi un rapport sur le chantier. Le rapport affirme que les ouvriers n'étaient pas équipés.";
    expect(speakers(fr, "fr")).toEqual([["les ouvriers n'étaient pas équipés", "inspection du travail"]]);
    const en = "The safety board released a report on the crash. The report said the pilot had not slept.";
    expect(speakers(en, "en")).toEqual([["the pilot had not slept", "safety board"]]);
  });
});

describe("definite nouns pointing back", () => {
  it("give « l'élu » or « le dirigeant » to the person who spoke last", () => {
    const text = "Le maire de Vernon, Paul Sarrazin, a annoncé que l'école rouvrirait lundi. « Les travaux sont terminés », a assuré l'élu.";
    expect(speakers(text, "fr")).toEqual([
      ["l'école rouvrirait lundi", "Paul Sarrazin"],
      ["Les travaux sont terminés", "Paul Sarrazin"],
    ]);
  });

  it("give « l'élue » to the person named last when no person spoke last", () => {
    const text = "Titre\n\nLes proches de Nadia Ferrand ont dénoncé « une cabale politique ». L'élue a affirmé que le dossier était vide.";
    expect(speakers(text, "fr").filter(([quote]) => quote.startsWith("le dossier"))).toEqual([["le dossier était vide", "Nadia Ferrand"]]);
  });

  it("give « l'entreprise », “the company” to the organization that spoke last, unless it is of another kind", () => {
    const fr = "Titre\n\nAir France a annoncé que 300 vols seraient annulés. Selon la compagnie, la grève coûte un million d'euros par jour.";
    expect(speakers(fr, "fr")).toEqual([
      ["300 vols seraient annulés", "Air France"],
      ["la grève coûte un million d'euros par jour", "Air France"],
    ]);
    const en = "Titre\n\nThe Unite union said the strike would go ahead. The company said it was disappointed. Officials said the plant would close. The firm said it would appeal.";
    expect(speakers(en, "en").map(([, speaker]) => speaker)).toEqual(["Unite union", "company", "Officials", "firm"]);
  });

  it("keep a company's legal form written with a slash in the speaker", () => {
    expect(speakers("Title\n\nDanish shipping group Vestmark A/S said on Friday that talks had stalled.", "en")).toEqual([["talks had stalled", "Vestmark A/S"]]);
  });

  it("give “the company” to no body just named with a noun of another kind", () => {
    const en = "Titre\n\nThe GMB union said the strike would go ahead. The company said it was disappointed.";
    expect(speakers(en, "en").map(([, speaker]) => speaker)).toEqual(["GMB union", "company"]);
  });

  it("give “the spokesperson” to the unnamed spokesperson met before", () => {
    const text = "A hospital spokesperson said the ward would reopen in June. About 400 patients were moved, the spokesperson added.";
    expect(speakers(text, "en")).toEqual([
      ["the ward would reopen in June", "hospital spokesperson"],
      ["About 400 patients were moved", "hospital spokesperson"],
    ]);
  });
});

describe("owned documents", () => {
  it("speak for their owner", () => {
    const text = "Titre\n\nThe Reserve Bank of Australia kept rates on hold. According to the bank's latest survey, hiring slowed in May. Greenpeace's new report said the reef had shrunk.";
    expect(speakers(text, "en")).toEqual([
      ["hiring slowed in May", "Reserve Bank of Australia"],
      ["the reef had shrunk", "Greenpeace"],
    ]);
  });
});

describe("organization names written out as speakers", () => {
  it("leave out the document they are the author of", () => {
    const text = "Titre\n\nHome prices fell 3% in March, according to Halvorsen figures. According to Norstat data, turnout was low.";
    expect(speakers(text, "en")).toEqual([
      ["Home prices fell 3% in March", "Halvorsen"],
      ["turnout was low", "Norstat"],
    ]);
  });

  it("keep a plural possessive's apostrophe and an inner “to”", () => {
    const text = "Titre\n\nThe Dairy Farmers' Union said its members would protest. The Committee to Save Elm Park warned that the trees would be cut.";
    expect(speakers(text, "en")).toEqual([
      ["its members would protest", "Dairy Farmers' Union"],
      ["the trees would be cut", "Committee to Save Elm Park"],
    ]);
  });
});

describe("unnamed speakers", () => {
  it("are named by their noun without the participle that introduces a complement", () => {
    expect(speakers("Titre\n\n« Nous avons tout perdu », confie une habitante interrogée dans la rue.", "fr")).toEqual([["Nous avons tout perdu", "habitante"]]);
    expect(speakers("Titre\n\n“The road is gone,” said a driver interviewed by phone.", "en")).toEqual([["The road is gone,", "driver"]]);
    expect(speakers("Titre\n\n« Rien n'est prêt », a déclaré le ministre délégué à l'Industrie.", "fr")).toEqual([["Rien n'est prêt", "ministre délégué"]]);
  });
});

describe("unnamed speakers' complements", () => {
  it("keep what the speaker knows, not where they are posted", () => {
    expect(speakers("Titre\n\nSelon un diplomate en poste à Genève, la réunion sera reportée.", "fr")).toEqual([["la réunion sera reportée", "diplomate"]]);
    expect(speakers("Titre\n\n« Rien n'est réglé », a confié un représentant de l'ONU en Haïti.", "fr")).toEqual([["Rien n'est réglé", "représentant de l'ONU en Haïti"]]);
    expect(speakers("Titre\n\nA person familiar with the bank's plans said the merger would be delayed.", "en")).toEqual([["the merger would be delayed", "person familiar with the bank's plans"]]);
    expect(speakers("Titre\n\nAn official with knowledge of the bids said the sale would be delayed.", "en")).toEqual([["the sale would be delayed", "official with knowledge of the bids"]]);
    expect(speakers("Titre\n\nUn cadre du parti s'exprimant sous couvert d'anonymat a indiqué que le congrès serait reporté.", "fr")).toEqual([["le congrès serait reporté", "cadre du parti"]]);
  });

  it("end before a clause opened by an auxiliary, and go on past “within”", () => {
    expect(speakers("Titre\n\nLes discussions ont été franches, a déclaré un responsable tchadien ayant requis l'anonymat.", "fr")).toEqual([["Les discussions ont été franches", "responsable tchadien"]]);
    expect(speakers("Title\n\nAn official having asked for anonymity said the talks had failed.", "en")).toEqual([["the talks had failed", "official"]]);
    expect(speakers("Title\n\nA source within the regional Water Authority said the dam would hold.", "en")).toEqual([["the dam would hold", "source within the regional Water Authority"]]);
  });
});

describe("an outlet or a body named before the document it speaks through", () => {
  it("is the outlet's name after its noun and complement (« l'agence de presse Belnova »), the body after its kind (“a Moldovan foreign ministry statement”)", () => {
    expect(speakers("Titre\n\nLes articles seraient faux, selon l'agence de presse Belnova.", "fr")).toEqual([["Les articles seraient faux", "Belnova"]]);
    expect(speakers("Title\n\nMinisters will meet in Brussels on Monday, according to a Moldovan foreign ministry statement.", "en")).toEqual([["Ministers will meet in Brussels on Monday", "Moldovan foreign ministry"]]);
    expect(speakers("Title\n\nUnemployment rose in May, according to Eurostat figures.", "en")).toEqual([["Unemployment rose in May", "Eurostat"]]);
  });
});

describe("an adjunct before the subject of a participle clause's sentence", () => {
  it("names no one: the person or body named right after its comma speaks", () => {
    const text = "Title\n\nOn Tuesday, the Harlow Water Board issued a warning, saying repairs would take a week. On Monday, Mayor Tom Reyes closed the road, saying it was unsafe.";
    expect(speakers(text, "en")).toEqual([
      ["repairs would take a week", "Harlow Water Board"],
      ["it was unsafe", "Tom Reyes"],
    ]);
  });
});

describe("a span of time before the subject", () => {
  it("is no part of the speaker (“A few days later the council said”)", () => {
    expect(speakers("Title\n\nMayor Jo Bell resigned. A few days later the council said a vote would be held.", "en")).toEqual([["a vote would be held", "council"]]);
  });
});

describe("a capitalised body's name that opens someone's title", () => {
  it("names the body, not the holder of the title (“the Senate” and “Senate President”)", () => {
    const text = "Title\n\nSenate President Tom Ruiz spoke on Friday. The Senate announced it would meet on Monday. The president said talks went well.";
    expect(speakers(text, "en")).toEqual([
      ["it would meet on Monday", "Senate"],
      ["talks went well", "Tom Ruiz"],
    ]);
  });
});

describe("a name written behind an article", () => {
  it("names a thing, not the person a pronoun stands for", () => {
    const text = "Bomb kills dozens at base in Nadir Zaheer, Ghor\n\nA car bomb was rammed into a base in Ghor's Nadir Zaheer province. Karim Dostani, of the Nadir Zaheer provincial council, described seeing 35 bodies. “The blast was very powerful,” he said.";
    expect(speakers(text, "en")).toEqual([["The blast was very powerful,", "Karim Dostani"]]);
  });
});

describe("a definite role noun", () => {
  it("stands for the person the text introduced with that title", () => {
    const text = "Titre\n\nLa ministre de la Culture et de la Communication, Hélène Garnier, a visité mardi le musée de Lille. « Ce chantier sera terminé en juin », a assuré la ministre devant les élus.";
    expect(speakers(text, "fr")).toEqual([["Ce chantier sera terminé en juin", "Hélène Garnier"]]);
    const english = "Titre\n\nEnergy Minister Tomas Varga met Ruth Keller, the head of the grid operator, on Monday. “Prices will fall by winter,” the minister told reporters.";
    expect(speakers(english, "en")).toEqual([["Prices will fall by winter,", "Tomas Varga"]]);
  });

  it("stands, among several holders, for the one whose title holds its modifier or names its country", () => {
    const text = "Titre\n\nNorway's trade minister, Lars Dahl, met Sweden's trade minister, Erik Holm, on Monday. “No deal yet,” the Norwegian minister said.";
    expect(speakers(text, "en")).toEqual([["No deal yet,", "Lars Dahl"]]);
  });

  it("does not stand for a person whose title only holds it as a complement", () => {
    const text = "Titre\n\nLe chef de la police, Marc Olivier, est arrivé sur place. Selon la police, trois personnes ont été interpellées.";
    expect(speakers(text, "fr")).toEqual([["trois personnes ont été interpellées", "police"]]);
  });
});

describe("a noun and a subject pronoun before the verb", () => {
  it("open a relative clause, not an attribution", () => {
    const text = "Titre\n\n“The budget is balanced,” Laura Finch said. She blamed Owen Tate for the delays, a claim he has rejected. “We lost a year,” she added.";
    expect(speakers(text, "en")).toEqual([
      ["The budget is balanced,", "Laura Finch"],
      ["We lost a year,", "Laura Finch"],
    ]);
  });
});

describe("a gendered pronoun", () => {
  it("stands for the last speaker of its gender when the last speaker's given name is of the other", () => {
    const text = "Titre\n\nValérie Roux a défendu son budget. « Le budget est tenu », a-t-elle affirmé, avant de répondre à Thomas Garnier. Thomas Garnier a rétorqué que la dette avait doublé. « Je publierai tous les comptes », a-t-elle conclu.";
    expect(speakers(text, "fr").map(([, speaker]) => speaker)).toEqual(["Valérie Roux", "Thomas Garnier", "Valérie Roux"]);
    const english = "Titre\n\n“We kept every promise,” said Helen Ward. Her rival, George Finn, said the town had lost jobs. “I will open the books,” she said.";
    expect(speakers(english, "en").map(([, speaker]) => speaker)).toEqual(["Helen Ward", "George Finn", "Helen Ward"]);
  });

  it("stands for a person nearby whose given name agrees rather than one of unknown gender named last, and learns the gender of whom it stands for", () => {
    const text = "Titre\n\nClaire Perrin a rencontré mardi Zoltan Varga. « Rien n'est réglé », a-t-elle affirmé. « Nous attendrons », a dit Zoltan Varga, avant d'ajouter : « Je reviendrai. » « Je tiendrai bon », a-t-il ajouté. Selon elle, le vote aura lieu en mai.";
    expect(speakers(text, "fr").map(([, speaker]) => speaker)).toEqual(["Claire Perrin", "Zoltan Varga", "Zoltan Varga", "Zoltan Varga", "Claire Perrin"]);
  });

  it("keeps the last speaker when their gender agrees or is unknown", () => {
    const text = "Titre\n\n“We kept every promise,” said Helen Ward. Her rival, Taro Finn, said the town had lost jobs. “I will open the books,” she said.";
    expect(speakers(text, "en").map(([, speaker]) => speaker)).toEqual(["Helen Ward", "Taro Finn", "Taro Finn"]);
  });
});

describe("a long capitalised title before a name", () => {
  it("leaves the person's name as the speaker", () => {
    const text = "Titre\n\n“The dams must open,” said Laotian Minister of Energy and Mines Daniel Keo Sisavath.";
    expect(speakers(text, "en")).toEqual([["The dams must open,", "Daniel Keo Sisavath"]]);
  });
});

describe("the one spoken to", () => {
  it("does not speak", () => {
    const text = "Titre\n\nLa maire, Odile Perrin, a répliqué jeudi à Gaspard Nolot. « Le budget sera voté », a ajouté la maire.";
    expect(speakers(text, "fr")).toEqual([["Le budget sera voté", "Odile Perrin"]]);
  });
});

describe("a name with a number", () => {
  it("keeps the number as part of the speaker's name", () => {
    expect(speakers("Titre\n\nDeux routes sont coupées, a indiqué le Codis 56 dans la soirée.", "fr")).toEqual([["Deux routes sont coupées", "Codis 56"]]);
  });
});

describe("a new subject named in apposition to its title", () => {
  it("takes a later pronoun from the last speaker (French and English)", () => {
    const french = "« Les travaux commenceront en mai », a déclaré le maire, Paul Girard. Le directeur de l’école, Marc Vidal, reste sceptique. « Nous attendons des garanties écrites », a-t-il répondu.";
    expect(speakers(french, "fr")).toEqual([
      ["Les travaux commenceront en mai", "Paul Girard"],
      ["Nous attendons des garanties écrites", "Marc Vidal"],
    ]);
    const english = "\"Work will start in May,\" said the mayor, Paul Girard. The school's principal, Mark Vidal, remained skeptical. \"We want written guarantees,\" he said.";
    expect(speakers(english, "en")).toEqual([
      ["Work will start in May,", "Paul Girard"],
      ["We want written guarantees,", "Mark Vidal"],
    ]);
  });

  it("keeps the pronoun even when another person nearby has a given name of its gender", () => {
    const text = "« Le dialogue reprendra », a déclaré le ministre, Pierre Lenoir. À Ankara, le porte-parole de la diplomatie turque, Öncü Keçeli, s’est montré plus réservé. Son pays « ne cédera sur rien », a-t-il prévenu.";
    expect(speakers(text, "fr")).toEqual([
      ["Le dialogue reprendra", "Pierre Lenoir"],
      ["Son pays « ne cédera sur rien »", "Öncü Keçeli"],
      ["ne cédera sur rien", "Öncü Keçeli"],
    ]);
  });

  it("is the one a noun pointing back stands for", () => {
    const text = "« Les travaux commenceront en mai », a déclaré le maire, Paul Girard. Le conseiller d’opposition, Marc Vidal, conteste ce calendrier. « Rien n’est prêt », a lancé l’élu.";
    expect(speakers(text, "fr")).toEqual([
      ["Les travaux commenceront en mai", "Paul Girard"],
      ["Rien n’est prêt", "Marc Vidal"],
    ]);
  });

  it("leaves a name met after a preposition to the last speaker", () => {
    const text = "« Les travaux commenceront en mai », a déclaré le maire, Paul Girard, après une réunion avec son adjoint, Marc Vidal, mardi. « Tout est prêt », a-t-il ajouté.";
    expect(speakers(text, "fr")).toEqual([
      ["Les travaux commenceront en mai", "Paul Girard"],
      ["Tout est prêt", "Paul Girard"],
    ]);
  });
});

describe("an organization named in someone's title", () => {
  it("speaks for itself, not for the one whose title names it", () => {
    const text = "Sud-Aérien a jugé que l’accord restait insuffisant. Karim Haddad, secrétaire fédéral de Sud-Aérien, a ajouté que la grève continuerait.";
    expect(speakers(text, "fr")).toEqual([
      ["l’accord restait insuffisant", "Sud-Aérien"],
      ["la grève continuerait", "Karim Haddad"],
    ]);
  });
});

describe("an organization noun with no organization that spoke before", () => {
  it("stands for the organization just named", () => {
    expect(speakers("Airbus va fermer deux usines d’ici à 2026, a annoncé mardi le groupe.", "fr")).toEqual([["Airbus va fermer deux usines d’ici à 2026", "Airbus"]]);
    expect(speakers("Harlow Motors will close two plants by 2026, the company said on Tuesday.", "en")).toEqual([["Harlow Motors will close two plants by 2026", "Harlow Motors"]]);
  });
});

describe("an organization described by two nouns in turn", () => {
  it("is the same organization, the medium after the noun aside", () => {
    const text = "Airbus va fermer deux usines d’ici à 2026, a annoncé mardi le groupe. Les salariés seront reclassés, précise l’entreprise dans un communiqué.";
    expect(speakers(text, "fr")).toEqual([
      ["Airbus va fermer deux usines d’ici à 2026", "Airbus"],
      ["Les salariés seront reclassés", "Airbus"],
    ]);
  });
});

describe("a plural pronoun after one person spoke", () => {
  it("is not that person", () => {
    const text = "“We will rebuild,” the mayor, Tom Reyes, said. Local volunteers gathered at the school. They also report that 300 homes were damaged.";
    expect(speakers(text, "en").filter(([quote]) => quote.includes("300 homes"))).toEqual([]);
  });
});

describe("speakers named through their noun", () => {
  it("gives a possessive role noun to the one who holds the role", () => {
    const text = "Le maire sortant, Luc Baras, arrive en tête, devant son principal adversaire, Denis Colombe. Son adversaire a aussitôt dénoncé « une campagne de caniveau ».";
    expect(speakers(text, "fr")).toEqual([["une campagne de caniveau", "Denis Colombe"]]);
  });

  it("takes the name set in apposition to a poll or an outlet", () => {
    expect(speakers("D’après un sondage Elabe publié lundi, la maire sortante recueillerait 34 % des voix.", "fr")).toEqual([["la maire sortante recueillerait 34 % des voix", "Elabe"]]);
    expect(speakers("Le barrage a cédé dans la nuit, a rapporté l’agence officielle APS.", "fr")).toEqual([["Le barrage a cédé dans la nuit", "APS"]]);
  });

  it("gives a pronoun to a name that opens its sentence behind its title", () => {
    const text = "« Le public a changé », explique le directeur, Marc Ollier. La romancière Dominique Vasseur présente son troisième livre. « J’ai douté jusqu’au bout », confie-t-elle.";
    expect(speakers(text, "fr")).toEqual([
      ["Le public a changé", "Marc Ollier"],
      ["J’ai douté jusqu’au bout", "Dominique Vasseur"],
    ]);
  });
});

describe("a ministry or an agency named again by its noun", () => {
  it("is the one that spoke last", () => {
    const french = "Les routes resteront fermées jusqu’à jeudi, a annoncé le ministère des Transports. « Les équipes travaillent jour et nuit », a précisé le ministère dans un communiqué.";
    expect(speakers(french, "fr").map(([, speaker]) => speaker)).toEqual(["ministère des Transports", "ministère des Transports"]);
    const english = "Flights will resume on Friday, the Civil Aviation Authority said. “Safety comes first,” the regulator added.";
    expect(speakers(english, "en").map(([, speaker]) => speaker)).toEqual(["Civil Aviation Authority", "Civil Aviation Authority"]);
  });
});

describe("an organization introduced by its noun", () => {
  it("is the one the noun points back to, even after another body spoke", () => {
    const text = "Toy company Brindle is recalling 80,000 rattles over a choking risk, the Consumer Product Safety Commission said Monday. The company said it had received 14 reports of rattles breaking.";
    expect(speakers(text, "en").map(([, speaker]) => speaker)).toEqual(["Consumer Product Safety Commission", "Brindle"]);
  });
});

describe("a role noun of the same class as the one title held", () => {
  it("stands for that title's holder", () => {
    const text = "Health Secretary Anna Price visited the hospital on Monday. Speaking to staff, the minister said waiting lists would fall by spring.";
    expect(speakers(text, "en")).toEqual([["waiting lists would fall by spring", "Anna Price"]]);
  });
});

describe("a nationality as a definite noun", () => {
  it("points back to the person who spoke", () => {
    const english = "Coach Luca Bassi said his side had been unlucky. The Italian admitted his defence had made mistakes.";
    expect(speakers(english, "en").map(([, speaker]) => speaker)).toEqual(["Luca Bassi", "Luca Bassi"]);
    const french = "L’entraîneur, Paolo Verri, a estimé que son équipe avait manqué de chance. L’Italien a reconnu que la défense avait commis des erreurs.";
    expect(speakers(french, "fr").map(([, speaker]) => speaker)).toEqual(["Paolo Verri", "Paolo Verri"]);
  });
});

describe("a circumstance between an inverted verb and its speaker", () => {
  it("is no part of the speaker, who may then be a role the text names", () => {
    const text = "Procès à Dijon\n\nLe procès de Jeanne Morel, ancienne directrice de la clinique, s'est ouvert lundi. « Je n'ai rien à me reprocher », a répété à la barre l'ancienne directrice. « Tout sera examiné », a assuré à l'audience le président.";
    expect(speakers(text, "fr")).toEqual([
      ["Je n'ai rien à me reprocher", "Jeanne Morel"],
      ["Tout sera examiné", "président"],
    ]);
  });
});

describe("a verb of saying with a reflexive pronoun that means something else", () => {
  it("is no cue, so the source named after the quotation speaks", () => {
    const text = "Ce retard s'explique par « des contrôles de sécurité plus longs que prévu », selon la direction de l'aéroport.";
    expect(parseDocument(text, { language: "fr" }).quotes.map((quote) => [quote.kind, quote.speaker, quote.cue])).toEqual([
      ["indirect", "direction de l'aéroport", "selon"],
      ["direct", "direction de l'aéroport", "selon"],
    ]);
  });
});

describe("a noun pointing back with an age after it", () => {
  it("still stands for the person named before (« l'élu de 61 ans »)", () => {
    const text = "Le procès de Paule Verdier, maire de Lunel depuis 2014, s'est ouvert mardi. « Je n'ai rien à me reprocher », a déclaré l'élue de 61 ans.";
    expect(speakers(text, "fr")).toEqual([["Je n'ai rien à me reprocher", "Paule Verdier"]]);
  });
});

describe("a participle's clause between the subject and its verb", () => {
  it("names no speaker even when it holds a « que » of its own", () => {
    const text = "Marc Delorme, élu en juin sur une ligne plus dure que son prédécesseur, a pour sa part appelé à « tourner la page » avec les syndicats.";
    expect(speakers(text, "fr")).toEqual([["tourner la page", "Marc Delorme"]]);
  });
});

describe("a new subject in apposition to its title before a form of « être »", () => {
  it("is the one a later pronoun of the same gender stands for", () => {
    const text = "« Le pont fermera en mai », a déclaré Marc Colin, l'ingénieur du chantier. Le maire, Thomas Reyes, était pourtant sceptique. « Il faut plus de temps », a-t-il répondu.";
    expect(speakers(text, "fr")).toEqual([
      ["Le pont fermera en mai", "Marc Colin"],
      ["Il faut plus de temps", "Thomas Reyes"],
    ]);
  });
});

describe("unnamed speakers in English", () => {
  it("keep their noun before a place (“a Western diplomat in Cairo”)", () => {
    expect(speakers("A Western diplomat in Cairo said the group would first have to agree on a date.", "en")).toEqual([
      ["the group would first have to agree on a date", "Western diplomat"],
    ]);
  });

  it("keep dotted capitals and the noun after them (“according to U.N. agencies”)", () => {
    expect(speakers("The war has displaced millions of people, according to U.N. agencies.", "en")).toEqual([
      ["The war has displaced millions of people", "U.N. agencies"],
    ]);
  });
});

describe("a pronoun after a direct quote", () => {
  it("does not stand for a person named only inside that quote", () => {
    const text = "Flood talks\n\nThe contractor, Hydrobuild, said it had sent forty workers to the site.\n\nMayor Colin Ashby visited the site on Friday. \"Mark Dillon warned us last year,\" he said.";
    expect(speakers(text, "en").map(([, speaker]) => speaker)).toEqual(["Hydrobuild", "Colin Ashby"]);
    const fr = "Crue\n\nL'entreprise de travaux, Hydrobat, a affirmé qu'elle avait envoyé quarante ouvriers.\n\nLe maire Gilles Aubert s'est rendu sur place vendredi. « Marc Morel nous avait prévenus », a-t-il reconnu.";
    expect(speakers(fr, "fr").map(([, speaker]) => speaker)).toEqual(["Hydrobat", "Gilles Aubert"]);
  });
});

describe("a definite organization noun with no organization that spoke", () => {
  it("is not the outlet of the dateline", () => {
    const text = "Bakers walk out\n\nLYON (Reuters) - Bakery workers stopped work on Monday, and the union said it would not return before wages rose.";
    expect(speakers(text, "en").map(([, speaker]) => speaker)).toEqual(["union"]);
  });
});

describe("a definite title written as an acronym", () => {
  it("stands for the person the text gave that title (« le PDG », “the CEO”)", () => {
    const fr = "Le PDG du transporteur, Hugo Renard, a présenté mardi son plan. La déléguée syndicale, Julie Faure, a dénoncé un plan « de court terme ». Le PDG reconnaît que les ventes ont reculé de 12 %.";
    expect(speakers(fr, "fr").map(([, speaker]) => speaker)).toEqual(["Julie Faure", "Hugo Renard"]);
    const en = "The CEO of the carrier, Hugo Renard, presented his plan on Tuesday. The union delegate, Julie Faure, called it “a short-term fix.” The CEO admitted that sales had fallen by 12 percent.";
    expect(speakers(en, "en").map(([, speaker]) => speaker)).toEqual(["Julie Faure", "Hugo Renard"]);
  });
});

describe("an honorific that gives a role (« Me » for a lawyer)", () => {
  it("makes its bearer the one a definite role noun stands for", () => {
    const text = "L'avocate de la défense, Me Laure Simon, a plaidé l'acquittement. Pour les victimes, Me Claire Dubois rappelle que trois familles attendent toujours. « Ils méritent la vérité », a insisté l'avocate.";
    expect(speakers(text, "fr").slice(-1)).toEqual([["Ils méritent la vérité", "Claire Dubois"]]);
  });

  it("does not hide the title in apposition before it", () => {
    const text = "L'avocat de plusieurs familles, Me Paul Garnier, a pris la parole. Le procureur, Alain Roux, a requis la prison ferme. « Le dossier est vide », répond l'avocat.";
    expect(speakers(text, "fr").slice(-1)).toEqual([["Le dossier est vide", "Paul Garnier"]]);
  });
});

describe("“the lawyer” after a lawyer spoke", () => {
  it("stands for that lawyer, not for the noun", () => {
    const text = "The defendant's attorney, Mark Haines, told the court that his client had been at home. The lawyer conceded that no witness could confirm it.";
    expect(speakers(text, "en")).toEqual([
      ["his client had been at home", "Mark Haines"],
      ["no witness could confirm it", "Mark Haines"],
    ]);
  });
});

describe("a subject in apposition to a title owned with “'s”", () => {
  it("is the one a later pronoun stands for", () => {
    const text = "Port talks\n\n“We will not sign,” said Laura Benn, the union negotiator. Norvik's chief executive, Victor Hale, skipped the meeting. In a memo to staff, he wrote that the offer would stand.";
    expect(speakers(text, "en").slice(-1)).toEqual([["the offer would stand", "Victor Hale"]]);
  });
});

describe("an organization whose name holds only the generic noun “organization”", () => {
  it("is the one “the agency” points back to", () => {
    const text = "The Global Maritime Organization said shipping emissions had risen by 4 percent. According to the agency, most of the rise came from container ships.";
    expect(speakers(text, "en").map(([, speaker]) => speaker)).toEqual(["Global Maritime Organization", "Global Maritime Organization"]);
    const fr = "L'Organisation mondiale du tourisme a indiqué que les arrivées avaient progressé de 6 %. Selon l'agence, l'Europe reste la première destination.";
    expect(speakers(fr, "fr").map(([, speaker]) => speaker)).toEqual(["Organisation mondiale du tourisme", "Organisation mondiale du tourisme"]);
  });
});

describe("a sentence opening with a person's title and name, then a relative clause", () => {
  it("makes that person the subject a later pronoun stands for", () => {
    const text = "Harbour plan\n\n“We were never asked,” said Ewan Doyle, a ferry captain. Retired judge Maria Cole, who chairs the residents' trust, backed the plan. She argued that the harbour needed a new wall.";
    expect(speakers(text, "en").slice(-1)).toEqual([["the harbour needed a new wall", "Maria Cole"]]);
    const fr = "Port\n\n« Personne ne nous a consultés », a déclaré Yann Le Bihan, patron pêcheur. L'ancienne députée Anne Tanguy, qui préside l'association des riverains, soutient le projet. Elle estime que la digue doit être refaite.";
    expect(speakers(fr, "fr").slice(-1)).toEqual([["la digue doit être refaite", "Anne Tanguy"]]);
  });
});

describe("a subject named in apposition with a clause set off after the name", () => {
  it("is the one a later pronoun stands for (“The mayor, Jane Roe, who …, welcomed …”)", () => {
    const text = "Vote\n\n“We finally have rules,” said councillor Maria Lopez. The mayor, Karen Holt, who did not vote, welcomed the result. “It is a fair compromise,” she told reporters.";
    expect(speakers(text, "en").slice(-1)).toEqual([["It is a fair compromise,", "Karen Holt"]]);
  });

  it("is the one « il » stands for after « Le docteur X, chef du service, a été … »", () => {
    const text = "Urgences\n\nSelon la directrice, Claire Moal, six postes sont vacants. Le docteur Loïc Tanguy, chef du service, a été plus direct. « Nous sommes à bout », a-t-il lâché.";
    expect(speakers(text, "fr").slice(-1)).toEqual([["Nous sommes à bout", "Loïc Tanguy"]]);
  });
});

describe("« l'institution », “the institution”", () => {
  it("points back to the body just named", () => {
    const text = "Prévisions\n\nL'Observatoire français des conjonctures a publié ses prévisions mardi. Selon l'institution, le chômage reculera légèrement.";
    expect(speakers(text, "fr")).toEqual([["le chômage reculera légèrement", "Observatoire français des conjonctures"]]);
  });
});

describe("a definite person noun with no holder in the text", () => {
  it("points back to the person who spoke or became the subject (“the 29-year-old said”, « a reconnu le coureur de 29 ans »)", () => {
    const en = "Final\n\nMia Torres won the final in three sets on Sunday. “I never thought I would get here,” the 29-year-old said.";
    expect(speakers(en, "en")).toEqual([["I never thought I would get here,", "Mia Torres"]]);
    const fr = "Étape\n\nLe Belge Tom Verhaegen a remporté l'étape dimanche. « Je n'y croyais plus », a reconnu le coureur de 29 ans au micro de la radio.";
    expect(speakers(fr, "fr")).toEqual([["Je n'y croyais plus", "Tom Verhaegen"]]);
  });
});

describe("a definite role description no one holds, after a new subject", () => {
  it("stands for that subject (« Le maillot jaune, le Danois X, a terminé … a commenté le leader du classement »)", () => {
    const text = "Étape\n\n« J'ai tout donné », a déclaré Hugo Mercier, vainqueur du jour. Le maillot jaune, le Norvégien Lars Dahl, a terminé dans le peloton. « Ce n'était pas notre journée », a commenté le leader du classement général.";
    expect(speakers(text, "fr").slice(-1)).toEqual([["Ce n'était pas notre journée", "Lars Dahl"]]);
  });

  it("stays a noun when no one became the subject since the last speaker", () => {
    const text = "Procès\n\n« Je n'ai rien fait », a répété Paul Roux. « La séance est suspendue », a annoncé le président du tribunal.";
    expect(speakers(text, "fr").slice(-1)).toEqual([["La séance est suspendue", "président du tribunal"]]);
  });
});

describe("a definite description that re-describes someone introduced by another title", () => {
  it("points back to that person (English: \"the researcher\", \"the board member\")", () => {
    const text = "Budget\n\nOwen Pritchard, a lecturer in hydrology at Kelso College, said the dam was sound. “The cracks are cosmetic,” the researcher said. The board member added that repairs would start in May.";
    expect(speakers(text, "en").map(([, speaker]) => speaker)).toEqual(["Owen Pritchard", "Owen Pritchard", "Owen Pritchard"]);
  });

  it("points back to that person (French: « la militante », « l'ancien maire de … »)", () => {
    const text = "Éolien\n\n« Le parc sera prêt en juin », a assuré Paul Berthier, président de la communauté de communes. La conseillère régionale, Agnès Ferrier, s'y oppose. « Personne n'a été consulté », a regretté l'ancienne maire de Valmont. La militante a annoncé qu'elle saisirait la justice.";
    expect(speakers(text, "fr").map(([, speaker]) => speaker)).toEqual(["Paul Berthier", "Agnès Ferrier", "Agnès Ferrier"]);
  });

  it("leaves an office with a complement someone new (« le président du tribunal »)", () => {
    const text = "Procès\n\n« Je n'ai rien fait », a répété Paul Roux. « La séance est levée », a annoncé le président de la cour.";
    expect(speakers(text, "fr").slice(-1)).toEqual([["La séance est levée", "président de la cour"]]);
  });
});

describe("written records with no author named", () => {
  it("keep their reported content, said by no one (English)", () => {
    const text = "Mine\n\nThe shaft was flooded twice, according to an inspection report released on Friday. The report says that pumps had failed. According to court filings, the owner sold the site in 2019.";
    expect(speakers(text, "en")).toEqual([
      ["The shaft was flooded twice", null],
      ["pumps had failed", null],
      ["the owner sold the site in 2019", null],
    ]);
  });

  it("keep their reported content, said by no one (French)", () => {
    const text = "Incendie\n\nSelon l'ordonnance de renvoi, le gardien aurait coupé l'alarme. D'après un rapport d'expertise remis en mai, la toiture était « déjà fragilisée ».";
    expect(speakers(text, "fr")).toEqual([
      ["le gardien aurait coupé l'alarme", null],
      ["la toiture était « déjà fragilisée »", null],
      ["déjà fragilisée", null],
    ]);
  });

  it("are spoken for by an author named as a common noun (« les chiffres de la mairie »)", () => {
    const text = "Neige\n\nSelon les chiffres de la mairie, 300 foyers sont privés de courant. According to a survey by the county council, most roads are open.";
    expect(speakers(text, "fr").slice(0, 1)).toEqual([["300 foyers sont privés de courant", "mairie"]]);
    expect(speakers("Snow\n\nAccording to a survey by the county council, most roads are open.", "en")).toEqual([["most roads are open", "county council"]]);
  });
});

describe("an attribution with a noun subject written inside a French quotation", () => {
  it("splits the quotation and gives both parts to that subject", () => {
    const text = "Grève\n\n« La ligne restera fermée, a averti un cadre de la compagnie sous couvert d'anonymat. Personne ne sait pour combien de temps. »\n\n« Nous ne céderons pas, a répondu la secrétaire du syndicat, Lise Garnier.\n\n« Les salariés sont épuisés. »";
    expect(speakers(text, "fr")).toEqual([
      ["La ligne restera fermée", "cadre de la compagnie"],
      ["Personne ne sait pour combien de temps.", "cadre de la compagnie"],
      ["Nous ne céderons pas", "Lise Garnier"],
      ["Les salariés sont épuisés.", "Lise Garnier"],
    ]);
  });

  it("leaves a quotation whole when no verb of saying follows the comma", () => {
    const text = "Match\n\n« On a joué, la tête haute. Le reste viendra », a lancé Marc Olivier.";
    expect(speakers(text, "fr")).toEqual([["On a joué, la tête haute. Le reste viendra", "Marc Olivier"]]);
  });
});

describe("a bare elected title after an official who spoke under another mandate", () => {
  it("stands for that official (« le député » after « ancienne maire de … »)", () => {
    const text = "Route\n\n« Ce tracé est absurde », a lancé Odile Marchand, ancienne maire de Brézolles. La députée a assuré qu'elle interpellerait le ministre.";
    expect(speakers(text, "fr")).toEqual([
      ["Ce tracé est absurde", "Odile Marchand"],
      ["elle interpellerait le ministre", "Odile Marchand"],
    ]);
  });

  it("stays a noun when the last speaker holds no elected office", () => {
    const text = "Usine\n\n« Nous partirons », a prévenu Luc Anger, directeur du site. Le député a assuré qu'il interpellerait le ministre.";
    expect(speakers(text, "fr").slice(-1)).toEqual([["il interpellerait le ministre", "député"]]);
  });
});

describe("a body that speaks for its owner (office, entourage, cabinet)", () => {
  it("is the body itself when its owner is a person (but « l'entourage » is the person's), and the owner when it is an organization", () => {
    expect(speakers("Senator Lydia Marsh met farmers on Monday. Marsh's office said the visit had been planned for months.", "en")).toEqual([
      ["the visit had been planned for months", "Marsh's office"],
    ]);
    expect(speakers("La députée Sabine Orlan a quitté la séance. L'entourage de Sabine Orlan assure que la décision était prise depuis longtemps.", "fr")).toEqual([
      ["la décision était prise depuis longtemps", "Sabine Orlan"],
    ]);
    expect(speakers("Les salariés de Verdanix ont cessé le travail. La direction de Verdanix a répondu que les salaires seraient revus en juin.", "fr")).toEqual([
      ["les salaires seraient revus en juin", "Verdanix"],
    ]);
  });

  it("is the owner of an unnamed spokesperson, and a spokesperson named in apposition is themself", () => {
    expect(speakers("Senator Lydia Marsh met farmers on Monday. Marsh's spokesman said the visit had been planned for months.", "en")).toEqual([
      ["the visit had been planned for months", "Lydia Marsh"],
    ]);
    expect(speakers("La députée Sabine Orlan a quitté la séance. Le porte-parole de Sabine Orlan, Hugo Brient, a indiqué que la décision était prise.", "fr")).toEqual([
      ["la décision était prise", "Hugo Brient"],
    ]);
  });

  it("is not the holder of the owner's role", () => {
    expect(speakers("Governor Paul Ekwueme vetoed the bill. The governor's office said the bill was too costly.", "en")).toEqual([
      ["the bill was too costly", "governor's office"],
    ]);
    expect(speakers("Le Premier ministre, Hervé Lantier, a reçu les maires. Le cabinet du Premier ministre a assuré que les aides seraient versées.", "fr")).toEqual([
      ["les aides seraient versées", "cabinet du Premier ministre"],
    ]);
  });

  it("is its noun after a possessive, even after the owner's name in the reported clause", () => {
    expect(speakers("Titre\n\nMayor Carla Jensen will visit the flooded farms on Friday, her office announced.", "en")).toEqual([
      ["Mayor Carla Jensen will visit the flooded farms on Friday", "office"],
    ]);
    expect(speakers("Titre\n\nLa maire, Carla Jensen, visitera vendredi les fermes inondées, a annoncé son cabinet.", "fr")).toEqual([
      ["La maire, Carla Jensen, visitera vendredi les fermes inondées", "cabinet"],
    ]);
    expect(speakers("Titre\n\nLa maire, Carla Jensen, visitera vendredi les fermes inondées, a indiqué son entourage.", "fr")).toEqual([
      ["La maire, Carla Jensen, visitera vendredi les fermes inondées", "Carla Jensen"],
    ]);
    expect(speakers("Titre\n\nNora Pike was arrested in May. Her lawyers said the charges would be dropped.", "en")).toEqual([
      ["the charges would be dropped", "lawyers"],
    ]);
  });

  it("is the body as written when an honorific or a title stands before its owner's name", () => {
    expect(speakers("La ministre Claire Dubreuil visitera Lyon. La rencontre a duré une heure, selon le cabinet de Mme Dubreuil.", "fr")).toEqual([
      ["La rencontre a duré une heure", "cabinet de Mme Dubreuil"],
    ]);
    expect(speakers("Senator Lydia Marsh met farmers on Monday. The visit had been planned for months, according to the office of Senator Marsh.", "en")).toEqual([
      ["The visit had been planned for months", "office of Senator Marsh"],
    ]);
  });

  it("is the body as written after the same body spoke by its bare noun (« son cabinet », then « le cabinet de Mme … »)", () => {
    const text = "Titre\n\nLa ministre, Claire Dubreuil, visitera Lyon, a annoncé son cabinet. La rencontre a duré une heure, selon le cabinet de Mme Dubreuil.";
    expect(speakers(text, "fr").map(([, speaker]) => speaker)).toEqual(["cabinet", "cabinet de Mme Dubreuil"]);
  });

  it("is the organization a delegation speaks for, the genitive fused with its article or not", () => {
    expect(speakers("Titre\n\nLa délégation du Groupe Vantor a indiqué que l'échange prendrait deux semaines.", "fr")).toEqual([["l'échange prendrait deux semaines", "Groupe Vantor"]]);
    expect(speakers("Title\n\nThe delegation of Vantor Group said the talks would last two days.", "en")).toEqual([["the talks would last two days", "Vantor Group"]]);
  });

  it("leaves a critic the owner does not speak through as the noun", () => {
    expect(speakers("Senator Lydia Marsh met farmers on Monday. Marsh's critics said the visit was a stunt.", "en")).toEqual([
      ["the visit was a stunt", "critics"],
    ]);
  });
});

describe("a definite document introduced as the medium of a report", () => {
  it("speaks for the one who reported through it", () => {
    expect(speakers("The Harlow Water Board said in a statement that repairs would take a week. According to the statement, 4,000 homes are without water.", "en")).toEqual([
      ["repairs would take a week", "Harlow Water Board"],
      ["4,000 homes are without water", "Harlow Water Board"],
    ]);
    expect(speakers("« Le site restera fermé », annonce la Fondation Marvel dans un communiqué. Le texte précise que les visiteurs seront remboursés.", "fr")).toEqual([
      ["Le site restera fermé", "Fondation Marvel"],
      ["les visiteurs seront remboursés", "Fondation Marvel"],
    ]);
  });
});

describe("an unnamed spokesperson for another body", () => {
  it("is not the one spokesperson the text named for a different body", () => {
    const text = "Fire service spokeswoman Leah Grant said the blaze was under control. A spokesperson for the airport said flights were delayed. The airport said in a later update that two terminals had reopened.";
    expect(speakers(text, "en")).toEqual([
      ["the blaze was under control", "Leah Grant"],
      ["flights were delayed", "spokesperson for the airport"],
      ["two terminals had reopened", "airport"],
    ]);
  });
});

describe("a subject behind a title with an elided article (« L’urbaniste Jeanne Morel observe … »)", () => {
  it("is the one a role noun no one holds describes next", () => {
    const text = "« Le quartier renaît », a déclaré le maire, Paul Ardent. L’urbaniste Jeanne Morel nuance ce constat. « Les loyers ont doublé », souligne la chercheuse lyonnaise.";
    expect(speakers(text, "fr")).toEqual([
      ["Le quartier renaît", "Paul Ardent"],
      ["Les loyers ont doublé", "Jeanne Morel"],
    ]);
  });
});

describe("a demonstrative noun (« ce diplomate », \"this official\")", () => {
  it("points at the unnamed speaker just met, not at the person who spoke before", () => {
    const fr = "« Nous restons ouverts », a déclaré la ministre Irène Vasquez. Selon un diplomate allemand, les discussions reprendront. Ce diplomate estime qu'un accord reste possible.";
    expect(speakers(fr, "fr")).toEqual([
      ["Nous restons ouverts", "Irène Vasquez"],
      ["les discussions reprendront", "diplomate allemand"],
      ["un accord reste possible", "diplomate allemand"],
    ]);
    const en = "“We remain open,” said Minister Irene Vasquez. According to a German diplomat, talks will resume. This diplomat said a deal was still possible.";
    expect(speakers(en, "en").slice(1)).toEqual([
      ["talks will resume", "German diplomat"],
      ["a deal was still possible", "German diplomat"],
    ]);
  });
});

describe("a pronoun whose gender the last speaker's given name contradicts", () => {
  it("goes back to an earlier speaker whose gender nothing tells", () => {
    const en = "Title\n\nCouncilwoman Zora Pelling said the vote was rushed. “It is a national problem,” said Tom Reyes. She told reporters: “We will keep fighting.”";
    expect(speakers(en, "en").map(([, speaker]) => speaker)).toEqual(["Zora Pelling", "Tom Reyes", "Zora Pelling"]);
    const fr = "Titre\n\nLa conseillère Zora Pelling a estimé que le vote était précipité. « C'est un problème national », a déclaré Pierre Roux. « Nous continuerons », a-t-elle ajouté.";
    expect(speakers(fr, "fr").map(([, speaker]) => speaker)).toEqual(["Zora Pelling", "Pierre Roux", "Zora Pelling"]);
  });
});

describe("a description opened by a demonstrative or a possessive of a body", () => {
  it("points back to the person just met (« cette mère de trois enfants »), a possessive body being its own noun (« son cabinet »)", () => {
    const text = "Titre\n\nLeur porte-parole, Sandrine Vidal, juge que les familles ont été oubliées. « On l'a appris par la presse », déplore cette mère de trois enfants.\n\nLa ministre de la Culture, Hélène Brisset, n'a pas souhaité commenter. Son cabinet a seulement indiqué que le dossier était suivi.";
    expect(speakers(text, "fr")).toEqual([
      ["les familles ont été oubliées", "Sandrine Vidal"],
      ["On l'a appris par la presse", "Sandrine Vidal"],
      ["le dossier était suivi", "cabinet"],
    ]);
  });

  it("in English too (“this father of two”, “her office”)", () => {
    const text = "Title\n\nTheir spokesman, Martin Alvo, said families were ignored. “We learned it from the news,” said this father of two.\n\nCulture Secretary Helen Brisk declined to comment. Her office said only that the file was being followed.";
    expect(speakers(text, "en").map(([, speaker]) => speaker)).toEqual(["Martin Alvo", "Martin Alvo", "office"]);
  });
});

describe("an organization the entity stage missed, speaking through a verb that frames a quotation", () => {
  it("keeps its capitalised name as the speaker (“The United Ferry Workers union called the plan “…””)", () => {
    const text = "Title\n\nThe United Ferry Workers union called the plan “an insult to every crew member.”";
    expect(speakers(text, "en")).toEqual([["an insult to every crew member.", "United Ferry Workers union"]]);
  });
});

describe("a definite organization noun after organizations of several kinds spoke", () => {
  it("points back past one of another kind (“the company” after a union)", () => {
    const text = "Title\n\nMarlow Shipping said it would close the yard. The United Ferry Workers union called the plan “an insult to every crew member.” According to the company, staff will be offered transfers.";
    expect(speakers(text, "en").map(([, speaker]) => speaker)).toEqual(["Marlow Shipping", "United Ferry Workers union", "Marlow Shipping"]);
  });
});

describe("a place that frames a quotation with a verb of judging", () => {
  it("speaks for its state (« Varsovie reproche aux diplomates des activités « … » »)", () => {
    const text = "Titre\n\nLa Pologne a expulsé deux diplomates. Varsovie reproche aux deux hommes des activités « contraires à leur statut ».";
    expect(speakers(text, "fr")).toEqual([["contraires à leur statut", "Varsovie"]]);
  });
});

describe("a past description no one holds as a title (« l'ancien international », \"the former striker\")", () => {
  it("points back to the person just met", () => {
    const fr = "Titre\n\nLe sélectionneur, Yann Morvan, a dévoilé sa liste jeudi. Morvan a ensuite rencontré la presse.\n\n« Le groupe vit bien », a répété l'ancien international.";
    expect(speakers(fr, "fr")).toEqual([["Le groupe vit bien", "Yann Morvan"]]);
    const en = "Title\n\nThe coach, Yann Morvan, named his squad on Thursday.\n\n“The group is in good shape,” the former striker said.";
    expect(speakers(en, "en")).toEqual([["The group is in good shape,", "Yann Morvan"]]);
  });
});

describe("an unnamed source whose complement names someone", () => {
  it("is not the person named in its complement", () => {
    const text = "Titre\n\nThe harbour minister, Olaf Berg, said the port would reopen. A source close to the minister said the decision had been rushed.";
    expect(speakers(text, "en").slice(-1)).toEqual([["the decision had been rushed", "source close to the minister"]]);
    const french = "Titre\n\nLe ministre des Ports, Olaf Berg, a dit que le port rouvrirait. Selon une source proche du ministre, la décision a été précipitée.";
    expect(speakers(french, "fr").slice(-1)).toEqual([["la décision a été précipitée", "source proche du ministre"]]);
  });

  it("is the one met before when a definite description repeats it", () => {
    const text = "Titre\n\nLe ministre des Ports, Olaf Berg, a dit que le port rouvrirait. Selon une source proche du ministre, la décision a été précipitée. « Personne n'a été consulté », a ajouté la même source.";
    expect(speakers(text, "fr").slice(-1)).toEqual([["Personne n'a été consulté", "source proche du ministre"]]);
    const english = "Titre\n\nThe analyst Mia Holt said sales would fall. A former manager at the plant said the warnings had been ignored. “Nobody listened,” the former manager said.";
    expect(speakers(english, "en").slice(-1)).toEqual([["Nobody listened,", "former manager"]]);
  });

  it("is whoever was quoted last when « la même source » follows a named speaker", () => {
    const text = "Titre\n\nLe ministère de l'Agriculture a annoncé que les aides seraient versées en mai. Selon la même source, les éleveurs recevront une avance. « Le calendrier sera tenu », a ajouté la même source.";
    expect(speakers(text, "fr")).toEqual([
      ["les aides seraient versées en mai", "ministère de l'Agriculture"],
      ["les éleveurs recevront une avance", "ministère de l'Agriculture"],
      ["Le calendrier sera tenu", "ministère de l'Agriculture"],
    ]);
    const english = "Titre\n\nMayor Lena Kroft said the bridge would reopen in June. The repairs cost more than planned, the same source added.";
    expect(speakers(english, "en")).toEqual([
      ["the bridge would reopen in June", "Lena Kroft"],
      ["The repairs cost more than planned", "Lena Kroft"],
    ]);
  });
});

describe("a pronoun after a sentence that names its object last", () => {
  it("stands for the sentence's subject, not for the object", () => {
    const french = "Titre\n\nSon adjoint, Paul Verdier, a vivement interpellé mardi le préfet, Louis Garnier. « Les habitants attendent des réponses », a-t-il lancé.";
    expect(speakers(french, "fr")).toEqual([["Les habitants attendent des réponses", "Paul Verdier"]]);
    const english = "Titre\n\nThe coach Nina Brandt spoke to reporters after the match. “We were tired,” she said. Owen Marsh criticised the referee, Ben Cole, on Sunday. “He lost control of the game,” he said.";
    expect(speakers(english, "en").slice(-1)).toEqual([["He lost control of the game,", "Owen Marsh"]]);
  });

  it("still stands for the one a demonstrative points at", () => {
    const text = "Titre\n\nOwen Marsh a critiqué l'arbitre, Ben Cole. Celui-ci a répondu que le match avait été propre.";
    expect(speakers(text, "fr")).toEqual([["le match avait été propre", "Ben Cole"]]);
  });
});

describe("an organization with its description in apposition before the verb", () => {
  it("is the speaker, not a name inside the description", () => {
    const text = "Titre\n\nNexora Technologies, the U.S. maker of smart meters, said on Monday profits had fallen.";
    expect(speakers(text, "en")).toEqual([["profits had fallen", "Nexora Technologies"]]);
  });
});

describe("a body that speaks for an organization named by its kind", () => {
  it("is the organization that kind points back to", () => {
    const text = "Titre\n\nLe fabricant Ferrandi Industries va supprimer 800 postes, a annoncé mardi la direction du groupe. « Nous n'avions pas le choix », a ajouté la direction de l'entreprise.";
    expect(speakers(text, "fr")).toEqual([
      ["Le fabricant Ferrandi Industries va supprimer 800 postes", "Ferrandi Industries"],
      ["Nous n'avions pas le choix", "Ferrandi Industries"],
    ]);
  });
});

describe("an unnamed speaker described by a name and several common nouns", () => {
  it("keeps the nouns after the name", () => {
    const text = "Titre\n\n“We will not give in,” a Brazilian foreign ministry spokesperson told reporters. A World Bank country economist said growth had slowed.";
    expect(speakers(text, "en")).toEqual([
      ["We will not give in,", "Brazilian foreign ministry spokesperson"],
      ["growth had slowed", "World Bank country economist"],
    ]);
  });
});

describe("an unnamed group without an article", () => {
  it("keeps a plural noun with its complement", () => {
    expect(speakers("Titre\n\nThe port will stay shut, people familiar with his plans said.", "en")).toEqual([["The port will stay shut", "people familiar with his plans"]]);
  });

  it("is the group of a partitive opening the phrase", () => {
    expect(speakers("Titre\n\nOne of the pilots said the runway had been icy.", "en")).toEqual([["the runway had been icy", "pilots"]]);
  });
});

describe("a description with a nationality", () => {
  it("is not someone whose title says no such nationality", () => {
    const text = "Titre\n\nGerman Chancellor Lukas Brandt met French President Hélène Morel in Berlin. Morel agreed. “We agree on the essentials,” the French leader said. “Not on everything,” said Green party leader Tom Berg.";
    expect(speakers(text, "en")).toEqual([
      ["We agree on the essentials,", "Hélène Morel"],
      ["Not on everything,", "Tom Berg"],
    ]);
  });
});

describe("a noun pointing back after a new subject opened a sentence", () => {
  it("stands for that subject rather than the last speaker", () => {
    const text = "Titre\n\n« Rien ne change », regrette Paul Hervé, du syndicat des dockers.\n\nLucie Garnier a répondu dans la soirée. « Tout sera vérifié », a assuré l'élue.";
    expect(speakers(text, "fr").slice(-1)).toEqual([["Tout sera vérifié", "Lucie Garnier"]]);
  });
});

describe("“it” as the subject of a verb of saying", () => {
  it("is the organization named last, not the person who spoke last", () => {
    const text = "Titre\n\nThe mayor Dana Holt said the bridge would close. The Harbour Authority disagreed. In a statement, it said the bridge was safe.";
    expect(speakers(text, "en").slice(-1)).toEqual([["the bridge was safe", "Harbour Authority"]]);
  });
});

describe("organizations named after the noun describing them", () => {
  it("speak, their whole name joined by an ampersand", () => {
    const text = "The court adjourned. Kessler & Lowe said the ruling would be appealed. The Boston firm Brandt & Hoyle said the fee was fair. A lawyer for Brandt & Hoyle said talks went on.";
    expect(speakers(text, "en")).toEqual([
      ["the ruling would be appealed", "Kessler & Lowe"],
      ["the fee was fair", "Brandt & Hoyle"],
      ["talks went on", "lawyer for Brandt & Hoyle"],
    ]);
  });

  it("speak after a noun of their kind, but not after a phrase that places the speaker elsewhere", () => {
    const text = "Le tribunal a siégé. Le quotidien Le Télégramme affirme que le chantier a pris du retard. Le maire sur la radio Fréquence Nord a assuré que le chantier avançait.";
    expect(speakers(text, "fr")).toEqual([
      ["le chantier a pris du retard", "Le Télégramme"],
      ["le chantier avançait", "maire"],
    ]);
  });
});

describe("definite descriptions of an organization", () => {
  it("stand for the one organization whose name ends with their words", () => {
    const text = "The Atlantic Dockworkers Union and the United States Maritime Carriers Association met on Monday. The carriers' association said the offer was final. The union said it was not.";
    expect(speakers(text, "en")).toEqual([
      ["the offer was final", "United States Maritime Carriers Association"],
      ["it was not", "Atlantic Dockworkers Union"],
    ]);
  });
});

describe("a pronoun after a body spoke", () => {
  it("stands for the person who has since opened a sentence behind a capitalised title", () => {
    const text = "Titre\n\nLa tempête a touché le Finistère, selon Météo-Bretagne. Le préfet, Alain Roussel, a fermé les écoles.\n\nLe Premier ministre Paul Ferrand s'est rendu à Brest. « Nous sommes mobilisés », a-t-il déclaré.";
    expect(speakers(text, "fr").slice(-1)).toEqual([["Nous sommes mobilisés", "Paul Ferrand"]]);
  });
});

describe("sources close to someone", () => {
  it("are not the person they are close to", () => {
    const text = "Gareth Pryce-Davies and Lewis Marden are rivals. A source close to Pryce-Davies said two debates were enough. Marden said three were needed.";
    expect(speakers(text, "en")).toEqual([
      ["two debates were enough", "source close to Pryce-Davies"],
      ["three were needed", "Lewis Marden"],
    ]);
  });

  it("are not the person they are close to, in French, after « de » alone or with the person's title between", () => {
    const text = "Titre\n\nLa ministre Claire Vasseur et Paul Ferrand se sont opposés. Une source proche de Ferrand a indiqué que le projet serait retiré. Une source proche de la ministre du Travail Claire Vasseur a affirmé que le texte resterait inchangé.";
    expect(speakers(text, "fr")).toEqual([
      ["le projet serait retiré", "source proche de Ferrand"],
      ["le texte resterait inchangé", "source proche de la ministre du Travail Claire Vasseur"],
    ]);
  });

  it("are not the person they are close to when the person's title stands between", () => {
    const text = "Titre\n\nPrime Minister Dana Whitlow met the unions. A source close to Prime Minister Dana Whitlow said the talks would resume.";
    expect(speakers(text, "en")).toEqual([["the talks would resume", "source close to Prime Minister Dana Whitlow"]]);
  });
});

describe("an unnamed spokesperson right after an organization spoke", () => {
  it("speaks for that organization", () => {
    expect(speakers("Titre\n\nBrindale Foods confirmed that the recall covered three plants. A spokeswoman said customers would be refunded.", "en")).toEqual([
      ["the recall covered three plants", "Brindale Foods"],
      ["customers would be refunded", "Brindale Foods"],
    ]);
    expect(speakers("Titre\n\nLa SNCF a confirmé que dix trains étaient supprimés. Un porte-parole a précisé que la circulation reprendrait jeudi.", "fr")).toEqual([
      ["dix trains étaient supprimés", "SNCF"],
      ["la circulation reprendrait jeudi", "SNCF"],
    ]);
  });

  it("does not when a person was named since", () => {
    const text = "Titre\n\nBrindale Foods confirmed that the recall covered three plants. Its founder, Ella Brandt, was in Paris. A spokeswoman said customers would be refunded.";
    expect(speakers(text, "en").slice(1)).toEqual([["customers would be refunded", "spokeswoman"]]);
  });
});

describe("a verb framing a quotation after an auxiliary and three adverb words", () => {
  it("still finds the subject in apposition before the auxiliary (« a pour sa part reproché »)", () => {
    const text = "Titre\n\nLe maire a présenté son budget lundi. La cheffe de l'opposition, Lucie Marchal, a pour sa part reproché à la majorité de dépenser sans compter « pendant que les écoles tombent en ruine ».";
    expect(speakers(text, "fr")).toEqual([["pendant que les écoles tombent en ruine", "Lucie Marchal"]]);
  });
});

describe("a word of saying that ends a clause with its own auxiliary", () => {
  it("is a noun (“had settled the workers' claims.”), and the quotation framed before stays with the subject", () => {
    const text = "Title\n\nNot everyone is pleased. Mark Olsen, a veteran councillor with the opposition Green Party, accused the mayor of \"wasting public money\" before the city had settled the workers' claims. The party plans a vote on Friday.";
    expect(speakers(text, "en")).toEqual([["wasting public money", "Mark Olsen"]]);
  });

  it("is still a verb after its subject at the end of a sentence", () => {
    expect(speakers("Title\n\nThe strike is over, the union claims.", "en")).toEqual([["The strike is over", "union"]]);
  });
});

describe("a second verb of saying after a conjunction, with an auxiliary the reported clause already used", () => {
  it("goes on with the reported clause (\"had pressed … and had made clear that …\")", () => {
    expect(speakers("Title\n\nA union official said the manager had ignored the safety report and had made clear that no repairs would be funded this year.", "en")).toEqual([
      ["the manager had ignored the safety report and had made clear that no repairs would be funded this year", "union official"],
    ]);
    expect(speakers("Titre\n\nUn élu a indiqué que le maire avait reçu les riverains et avait assuré que les travaux seraient suspendus.", "fr")).toEqual([
      ["le maire avait reçu les riverains et avait assuré que les travaux seraient suspendus", "élu"],
    ]);
  });

  it("is the speaker's own verb otherwise (\"said … and warned that …\")", () => {
    expect(speakers("Title\n\nThe minister said the plan was ready and warned that costs would rise.", "en")).toEqual([
      ["the plan was ready", "minister"],
      ["costs would rise", "minister"],
    ]);
  });
});

describe("an unnamed body named by its kind after an owner's possessive", () => {
  it("keeps the owner that tells which body (“Chile's health ministry”), not the owner of other nouns (“Johnson's critics”)", () => {
    expect(speakers("Title\n\nThe vaccine campaign has been suspended, Chile's health ministry said. Johnson's critics said the plan was weak.", "en")).toEqual([
      ["The vaccine campaign has been suspended", "Chile's health ministry"],
      ["the plan was weak", "critics"],
    ]);
  });
});

describe("a long source after “according to”", () => {
  it("is read whole: a joint statement from two bodies is the first body's", () => {
    const text = "Title\n\nThe talks will open at 9 a.m. at a hotel by the lake, according to a joint statement from the Kenyan Foreign Ministry and the U.S. State Department.";
    expect(speakers(text, "en")).toEqual([["The talks will open at 9 a.m. at a hotel by the lake", "Kenyan Foreign Ministry"]]);
  });

  it("reports nothing when a relative clause after it goes on describing it (« selon …, à laquelle … »)", () => {
    const text = "Titre\n\nLe juge a été nommé à la tête du comité, selon les statuts de la fondation créée par la famille du défunt président de la région, à laquelle il avait légué sa maison.";
    expect(speakers(text, "fr")).toEqual([]);
  });
});

describe("an indefinite subject right after a name that ends the report", () => {
  it("is no apposition to that name when no comma closes it before the verb", () => {
    expect(speakers("Title\n\nThe envoy later spoke by phone with union leader Tom Reyes, a senior official said.", "en")).toEqual([
      ["The envoy later spoke by phone with union leader Tom Reyes", "senior official"],
    ]);
  });

  it("keeps a capitalised name before its noun (“a State Department official”)", () => {
    expect(speakers("Title\n\nThe convoy reached the border overnight, a State Department official said.", "en")).toEqual([
      ["The convoy reached the border overnight", "State Department official"],
    ]);
  });
});

describe("a titled subject named in apposition after « que » inside a report", () => {
  it("is the subject of the next verb, not the speaker of an incise whose content would be the whole sentence", () => {
    const text = "Titre\n\nÀ sa sortie, la porte-parole du gouvernement, Aline Ferrand, a affirmé que la France restait disponible pour reprendre le dialogue et que le ministre de la Culture, Paul Roux, appellerait son homologue dans les prochains jours.";
    const found = speakers(text, "fr");
    expect(found.map(([, speaker]) => speaker)).toEqual(["Aline Ferrand"]);
    expect(found[0]?.[0].startsWith("la France restait disponible")).toBe(true);
  });
});

describe("an infinitive clause after a verb of saying that holds a quotation", () => {
  it("is reported speech as a whole, and the quotation is also quoted (« a affirmé être prête à « … » »)", () => {
    expect(speakers("Titre\n\nLa directrice a affirmé être prête à « revoir le calendrier des travaux ».", "fr")).toEqual([
      ["être prête à « revoir le calendrier des travaux »", "directrice"],
      ["revoir le calendrier des travaux", "directrice"],
    ]);
  });
});

describe("a verb citing reasons in quotation marks (« invoque », \"cited\")", () => {
  it("frames words the subject said", () => {
    expect(speakers("Titre\n\nMadrid invoque « des raisons de calendrier » pour expliquer ce report.", "fr")).toEqual([["des raisons de calendrier", "Madrid"]]);
    expect(speakers("Title\n\nNorvik Air cited \"unforeseen technical problems\" for the delay.", "en")).toEqual([["unforeseen technical problems", "Norvik Air"]]);
  });
});

describe("a time word right after an inverted speaker's noun", () => {
  it("ends the speaker's phrase (« a indiqué la mairie jeudi soir »), not a complement or a modifier", () => {
    expect(speakers("Titre\n\nLe pont restera fermé, a indiqué la mairie jeudi soir.", "fr")).toEqual([["Le pont restera fermé", "mairie"]]);
    expect(speakers("Titre\n\n« Tout est prêt », a déclaré à la télévision publique Marc Olier, maire de la ville.", "fr")).toEqual([["Tout est prêt", "Marc Olier"]]);
  });
});

describe("a name closing the sentence after an “according to” source and a comma", () => {
  it("is the source's apposition, not reported content", () => {
    expect(speakers("Title\n\nThe talks will resume on Monday, according to the mayor's spokesman, Tom Brand.", "en")).toEqual([["The talks will resume on Monday", "Tom Brand"]]);
    const text = "Title\n\nGov. Ann Lee phoned both leaders, urging them to \"stay at the table until there is a deal,\" according to her press secretary, Tom Brand.";
    expect(speakers(text, "en").map(([quote]) => quote)).toEqual(["stay at the table until there is a deal,"]);
  });
});

describe("a short quotation opening a reported clause before an auxiliary", () => {
  it("is a partial quote of the speaker, not a name (« que « tous les dossiers » avaient été examinés »)", () => {
    expect(speakers("Titre\n\nLa ministre a assuré que « tous les dossiers » avaient été examinés.", "fr")).toEqual([
      ["« tous les dossiers » avaient été examinés", "ministre"],
      ["tous les dossiers", "ministre"],
    ]);
  });
});

describe("a short quotation right after a verb of saying, followed by an auxiliary", () => {
  it("opens a reported clause that goes on past it (“said “every option” had been studied”)", () => {
    expect(speakers("Title\n\nThe minister said \"every option\" had been studied.", "en")).toEqual([
      ["\"every option\" had been studied", "minister"],
      ["every option", "minister"],
    ]);
  });
});

describe("a capitalised day right after an inverted speaker's lower-case noun", () => {
  it("ends the speaker's phrase (“said the county sheriff Wednesday morning”)", () => {
    expect(speakers("Title\n\nThe road will stay closed, said the county sheriff Wednesday morning.", "en")).toEqual([["The road will stay closed", "county sheriff"]]);
  });
});

describe("a body that speaks under its acronym", () => {
  it("is given the full name of the document's organization whose initials it spells", () => {
    expect(speakers("Title\n\nThe Department of Water Supply said the bridge would reopen. The DWS said repairs were late.", "en")).toEqual([
      ["the bridge would reopen", "Department of Water Supply"],
      ["repairs were late", "Department of Water Supply"],
    ]);
    expect(speakers("Titre\n\nL'Agence nationale des routes a indiqué que le pont rouvrirait. Selon l'ANR, les travaux ont pris du retard.", "fr")).toEqual([
      ["le pont rouvrirait", "Agence nationale des routes"],
      ["les travaux ont pris du retard", "Agence nationale des routes"],
    ]);
  });

  it("is expanded when the entity stage folded the acronym into the organization's name", () => {
    expect(speakers("Title\n\nThe National Water Board (NWB) said the dam was safe. Later the NWB said repairs would start in May.", "en")).toEqual([
      ["the dam was safe", "National Water Board"],
      ["repairs would start in May", "National Water Board"],
    ]);
  });

  it("keeps its acronym when two organizations spell it", () => {
    expect(speakers("Title\n\nThe Department of Water Supply and the Department of Waste Sorting met. The DWS said repairs were late.", "en")).toEqual([["repairs were late", "DWS"]]);
  });
});

describe("a bare title among holders of several ranks of it", () => {
  it("stands for the one who holds the full title, not a rank below it", () => {
    expect(speakers("Title\n\nPresident Tom Vale and former Vice President Ann Roth spoke on Monday. At the briefing, the president confirmed that the talks went well.", "en")).toEqual([
      ["the talks went well", "Tom Vale"],
    ]);
    expect(speakers("Titre\n\nLe président Marc Lenoir et le vice-président Paul Sorel se sont vus lundi. Lors du point presse, le président a confirmé que la rencontre avait été utile.", "fr")).toEqual([
      ["la rencontre avait été utile", "Marc Lenoir"],
    ]);
  });
});

describe("a reporter's noun inverted after a quotation", () => {
  it("is the speaker, the reporter named before, not an audience", () => {
    expect(speakers("Titre\n\nLuc Morel, journaliste de Radio Nord, a suivi la séance. \"Le dialogue est là\", poursuit le journaliste.", "fr")).toEqual([["Le dialogue est là", "Luc Morel"]]);
    expect(speakers("Title\n\n\"The talks are stalled,\" said the agency.", "en")).toEqual([["The talks are stalled,", "agency"]]);
  });
});

describe("a document named with the one who received it", () => {
  it("speaks itself, not the recipient after « reçu par », \"obtained by\"", () => {
    expect(speakers("Titre\n\n« La salle est ouverte à 15h30 », dit le communiqué reçu par Nordpresse.", "fr")).toEqual([["La salle est ouverte à 15h30", "communiqué"]]);
    expect(speakers("Title\n\n\"The plant will close,\" said the statement obtained by Nordpress.", "en")).toEqual([["The plant will close,", "statement"]]);
  });
});

describe("the outlet's own reporter named after an inverted verb", () => {
  it("is the speaker (« explique notre journaliste Luc Morel »)", () => {
    expect(speakers("Titre\n\n« Le dialogue est rompu », explique notre journaliste Luc Morel.", "fr")).toEqual([["Le dialogue est rompu", "Luc Morel"]]);
    expect(speakers("Titre\n\nLe dialogue est rompu, explique notre journaliste Luc Morel, en direct de Kiev.", "fr")).toEqual([["Le dialogue est rompu", "Luc Morel"]]);
  });
});

describe("a pronoun after a sentence whose titled subject met someone", () => {
  it("stands for that subject, even after a dateline's colon and a time before the verb", () => {
    const text = "Title\n\nThe talks lasted an hour.\n\nOSLO: Trade Minister Paul Varley on Monday held talks with his counterpart Tom Borg on farming. He said the two economies have grown closer.";
    expect(speakers(text, "en")).toEqual([["the two economies have grown closer", "Paul Varley"]]);
  });

  it("is not taken by the surname inside the object's own mention", () => {
    const text = "Title\n\nThe talks lasted an hour. Trade Minister Paul Varley met Tom Borg on Monday. He said the two economies have grown closer.";
    expect(speakers(text, "en")).toEqual([["the two economies have grown closer", "Paul Varley"]]);
  });
});

describe("a body named by its noun and a capitalised complement", () => {
  it("speaks under that whole name, and its noun alone, before or after it, stands for it", () => {
    const french = "Titre\n\nLe chef de l'État, Ali Benkara, a reçu un appel, a annoncé la présidence. La Présidence de la République a précisé que l'appel a duré une heure. La Présidence a ajouté que les deux dirigeants se reparleront.";
    expect(speakers(french, "fr")).toEqual([
      ["Le chef de l'État, Ali Benkara, a reçu un appel", "Présidence de la République"],
      ["l'appel a duré une heure", "Présidence de la République"],
      ["les deux dirigeants se reparleront", "Présidence de la République"],
    ]);
    const english = "Titre\n\nThe visit will go ahead, the Presidency of the Republic said in a statement. The talks will last two days, the presidency added.";
    expect(speakers(english, "en")).toEqual([
      ["The visit will go ahead", "Presidency of the Republic"],
      ["The talks will last two days", "Presidency of the Republic"],
    ]);
  });
});

describe("a definite title no one in the text holds", () => {
  it("stands for the one person quoted by name who is given no title", () => {
    const french = "Titre\n\nMarc Delorme a rencontré les syndicats mardi. « Nous trouverons un accord », a-t-il dit. Devant la presse, le premier ministre a assuré qu'il voulait apaiser le climat. Il avait affirmé que les grévistes devaient « rentrer chez eux ».";
    expect(speakers(french, "fr")).toEqual([
      ["Nous trouverons un accord", "Marc Delorme"],
      ["il voulait apaiser le climat", "Marc Delorme"],
      ["les grévistes devaient « rentrer chez eux »", "Marc Delorme"],
      ["rentrer chez eux", "Marc Delorme"],
    ]);
    const english = "Titre\n\nThe two ministers met on Sunday, the spokesman for the foreign ministry said. Speaking on Monday, Arash Tavani said, “The talks went well.” The spokesman added that no date was set for the next round.";
    expect(speakers(english, "en")).toEqual([
      ["The two ministers met on Sunday", "Arash Tavani"],
      ["The talks went well.", "Arash Tavani"],
      ["no date was set for the next round", "Arash Tavani"],
    ]);
  });

  it("stands for the one person the text names without a title when no one is quoted by name (\"Minister added\")", () => {
    const english = "Titre\n\nAfter a long meeting with the federations, Arun Mehta agreed to form a committee. \"We will act quickly,\" Minister added. Asked about the delay, Sports Minister said, \"Nothing is decided yet.\"";
    expect(speakers(english, "en")).toEqual([
      ["We will act quickly,", "Arun Mehta"],
      ["Nothing is decided yet.", "Arun Mehta"],
    ]);
  });

  it("stays a noun when two people quoted by name have no title", () => {
    const english = "Titre\n\nArash Tavani said the talks went well. Lena Kroft said the harbour would reopen. The meeting lasted an hour, the spokesman said.";
    expect(speakers(english, "en").slice(-1)).toEqual([["The meeting lasted an hour", "spokesman"]]);
  });
});

describe("a capitalised role noun after a body's name", () => {
  it("is the title of the one who holds it, not the body", () => {
    const english = "Titre\n\nThe Board met on Monday, its President, Judge Tomas Varga of Estonia, told reporters. \"The situation is calm,\" the Board President said.";
    expect(speakers(english, "en")).toEqual([
      ["The Board met on Monday", "Tomas Varga"],
      ["The situation is calm,", "Tomas Varga"],
    ]);
    const titled = "Titre\n\nThe Board met briefly, the current President of the Board, Ambassador Tomas Varga, told reporters. Ambassador Varga added that the members were worried. \"We will meet again,\" the Board President said.";
    expect(speakers(titled, "en").slice(-1)).toEqual([["We will meet again,", "Tomas Varga"]]);
  });
});

describe("words quoted inside someone's reported speech", () => {
  it("are theirs when the text names no one else who said them", () => {
    const english = "Titre\n\nAmbassador Lina Moreau told reporters that while the members had agreed to watch the border, \"for now, nothing more will be done.\"";
    expect(speakers(english, "en")).toEqual([
      ["while the members had agreed to watch the border, \"for now, nothing more will be done.\"", "Lina Moreau"],
      ["for now, nothing more will be done.", "Lina Moreau"],
    ]);
  });
});

describe("a news outlet followed by its common noun", () => {
  it("speaks by its name alone, while another body keeps its noun", () => {
    const english = "Titre\n\nThe minister will visit Seoul next week, the state Norvik news agency reported. The talks will cover trade, the Blue Harbour party said.";
    expect(speakers(english, "en")).toEqual([
      ["The minister will visit Seoul next week", "Norvik"],
      ["The talks will cover trade", "Blue Harbour party"],
    ]);
  });
});

describe("a quotation left with no speaker", () => {
  it("goes on with whoever was quoted just before when it stands as a sentence of its own", () => {
    const french = "Titre\n\nLe ministre Hugo Marchal a dit qu'il \"regrettait ce retard\". Pour conclure, \"nous tiendrons nos engagements.\"";
    expect(speakers(french, "fr").slice(-1)).toEqual([["nous tiendrons nos engagements.", "Hugo Marchal"]]);
  });

  it("is the words of the person whose remarks the text announced when no one was quoted before", () => {
    const french = "Titre\n\nVoici les principales déclarations de Clara Vidal jeudi.\n\n\"La croissance reviendra au printemps.\"\n\n\"Nous restons prudents sur les prix.\"";
    expect(speakers(french, "fr")).toEqual([
      ["La croissance reviendra au printemps.", "Clara Vidal"],
      ["Nous restons prudents sur les prix.", "Clara Vidal"],
    ]);
  });

  it("stays no one's when words are quoted in the middle of a sentence with no verb of saying", () => {
    const french = "Titre\n\nClara Vidal a ouvert le débat. D'autres sujets seront abordés, tels que « la dette des communes et les transports ».";
    expect(speakers(french, "fr").slice(-1)).toEqual([["la dette des communes et les transports", null]]);
  });
});

describe("a title's acronym", () => {
  it("stands for the one whose title it spells (« le PM », \"the PM\")", () => {
    const french = "Titre\n\nLe premier ministre Paul Garneau a rencontré les maires lundi. Le PM a rappelé que « la capitale doit grandir ».";
    expect(speakers(french, "fr").slice(-1)).toEqual([["la capitale doit grandir", "Paul Garneau"]]);
    const english = "Titre\n\nPrime Minister Tom Ashby met the unions on Monday. The PM said the strike must end.";
    expect(speakers(english, "en")).toEqual([["the strike must end", "Tom Ashby"]]);
  });
});

describe("an alliance named by its kind", () => {
  it("is the alliance the text named before it", () => {
    const english = "Titre\n\nNORDAL said on Monday that its ministers would meet in Oslo. The alliance said in another statement that the summit would last two days.";
    expect(speakers(english, "en")).toEqual([
      ["its ministers would meet in Oslo", "NORDAL"],
      ["the summit would last two days", "NORDAL"],
    ]);
  });
});
