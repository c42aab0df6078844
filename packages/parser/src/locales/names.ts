/**
 * Given names that news in any language uses for people from everywhere (Slavic, Arabic,
 * African, Asian, Spanish, Italian, German, Nordic…). Each locale adds its own common names.
 */
export const internationalFirstNames: readonly string[] = `
Vladimir Dmitri Dmitry Dmytro Sergei Sergey Serguei Sergueï Sergiy Mikhail Mikhaïl Mykhailo Mykhaïlo Alexei
Alexeï Alexey Aleksei Oleksiy Oleksiï Oleksii Volodymyr Petro Viktor Viktoria Yulia Ioulia Ivan Igor Oleg Yuri
Iouri Youri Boris Nikolai Nikolaï Mykola Andrei Andreï Andriy Andrii Anatoli Anatoly Evgeny Evgueni Ievgueni
Yevgeny Yevhen Gennady Guennadi Valentina Valery Valeri Vitali Vitaly Vitaliy Arseni Arseniy Denis Leonid
Ramzan Alexandr Aleksandr Oleksandr Olexandr Olena Elena Yelena Ielena Tatiana Tatyana Irina Iryna Natalia
Natalya Svetlana Olga Anna Maria Marina Ksenia Ludmila Lyudmila Galina Nikita Pavel Pavlo Ruslan Vadim Vasily
Vassili Vasyl Maxim Maksim Grigory Konstantin Kirill Stanislav Roman Yaroslav Bogdan Bohdan Taras Anton Artem
Artiom Jiří Jiri Václav Vaclav Miloš Milos Milan Tomáš Petr Jan Josef Karel Vladimír Zdeněk Lech Andrzej
Jarosław Jaroslaw Donald Mateusz Beata Ewa Paweł Pawel Łukasz Lukasz Krzysztof Tomasz Joachim Mariusz Sławoj
Rafał Rafal Michał Michal Piotr Wojciech Grzegorz Marek Zbigniew Aleksander Bronisław Janusz Witold Ferenc
Gábor Zoltán László Péter Attila Klaus Angela Olaf Gerhard Helmut Horst Wolfgang Frank-Walter Annalena
Friedrich Markus Jens Jürgen Ursula Heiko Sigmar Christian Hans Heinz Dietrich Günter Günther Karl Otto Ernst
Kurt Uwe Sebastian Jörg Alexander Norbert Herbert Walter Reinhard Rainer Recep Tayyip Ahmet Mehmet Mevlüt
Kemal Mustafa Bülent Binali Hulusi Süleyman Ekrem Kılıçdaroğlu Hakan İbrahim Ibrahim Fethullah Selahattin
Mohammed Mohamed Mohammad Muhammad Mouhammad Mahmoud Mahmud Ahmed Ahmad Ali Hassan Hasan Hussein Houssein
Husein Hussain Omar Umar Khalid Khaled Abdel Abdul Abdallah Abdullah Abdelaziz Abdelkader Abdelmadjid
Abdelfattah Abdel-Fattah Youssef Yousef Yusuf Youcef Karim Kareem Rachid Rashid Saïd Samir Nabil Walid Tarek
Tariq Hamid Hamad Hamdan Salman Faisal Fayçal Bachar Bashar Hafez Rafik Rafic Saad Nabih Michel Najib Nouri
Haïder Haider Haidar Moqtada Jalal Massoud Masoud Nechirvan Hosni Anouar Anwar Gamal Jamal Nasser Mounir
Moncef Béji Beji Kaïs Kais Habib Zine Hichem Hicham Nizar Fouad Fuad Riad Riyad Imad Ayman Osama Oussama Abou
Abu Bakr Moussa Mussa Yahya Zakaria Idriss Idris Driss Nasrallah Ismail Ismaïl Ismaël Yasser Yasir Marwan Ehud
Benyamin Benjamin Israel Binyamin Naftali Yair Yitzhak Shimon Ariel Avigdor Reuven Isaac Moshe Benny Gideon Tzipi
Golda Menachem Nimr Baqer Fatima Aïcha Aisha Leila Leïla Layla Khadija Nadia Amina Yasmina Yasmine Samira
Rania Noor Nour Salma Zainab Zeinab Hanane Malika Naïma Latifa Souad Najat Rachida Myriam Meriem Mariam Maryam
Javad Ebrahim Ali-Akbar Akbar Mir-Hossein Hossein Hosseïn Mohsen Mojtaba Qassem Ghassem Kassem Abbas Ruhollah
Rouhollah Mehdi Reza Ruhani Narendra Rahul Sonia Indira Manmohan Amit Arvind Atal Nawaz Imran Shehbaz Benazir
Asif Pervez Hasina Khaleda Ashraf Xi Jinping Li Keqiang Hu Jintao Wen Jiabao Wang Yi Qun Zhang Liu Chen Yang
Zhao Huang Zhou Wu Deng Xiaoping Jiang Zemin Mao Zedong Shinzo Shinzō Fumio Yoshihide Junichiro Koizumi Naoto
Yukio Taro Tarō Akihito Naruhito Kim Jong-un Jong-il Il-sung Yo-jong Jae-in Yoon Suk-yeol Geun-hye Ki-moon Lee
Myung-bak Thaksin Yingluck Prayut Prayuth Aung San Suu Kyi Min Hlaing Rodrigo Joko Jokowi Ferdinand Bongbong
Mahathir Hsien Loong Tsai Ing-wen Ying-jeou Shui-bian Nguyen Phu Trong Nelson Thabo Jacob Cyril Julius Jomo
Uhuru William Raila Yoweri Paul Kagame Félix Felix Joseph Laurent-Désiré Sassou Mahamat Muhammadu Goodluck
Olusegun Bola Umaru Ellen Johnson George Abiy Meles Isaias Haile Mengistu Hailemariam Emmerson Robert Macky
Abdoulaye Ousmane Ouattara Alassane Laurent Henri Konan Boubacar Keïta Assimi Mamadou Amadou Modibo Blaise
Roch Marc Kaboré Idrissa Issoufou Mahamadou Bazoum Tebboune Bouteflika Saïed Faure Gnassingbé Patrice Talon
Sall Biya Bongo Teodoro Obiang Evariste Pierre Nkurunziza Évariste Ndayishimiye Salva Kiir Riek Machar Béchir
Fattah Burhan Dagalo Hemedti Jakaya Kikwete John Magufuli Samia Suluhu Museveni Bobi Kwame Nkrumah Jerry
Rawlings Nana Akufo-Addo Kofi Annan Boutros Desmond Tutu Winnie Steve Biko Kenneth Kaunda Hakainde Hichilema
Edgar Lungu Lazarus Chakwera Peter Mutharika Filipe Nyusi Joaquim Chissano Samora Machel Eduardo João Lourenço
José Agostinho Neto Ameenah Gurib-Fakim Hery Rajaonarimampianina Andry Rajoelina Ravalomanana Azali Assoumani
Guelleh Farmajo Mohamud Abdiweli Sahle-Work Zewde Alpha Condé Mamadi Doumbouya Umaro Sissoco Embaló Adama
Barrow Jammeh Weah Ernest Bai Koroma Maada Bio Ould Ghazouani Ahmadou Ahidjo Léopold Sédar Senghor
Houphouët-Boigny Thomas Sankara Juan Jose Carlos Luis Luiz Inácio Lula Jair Dilma Fernando Enrique Felipe
Mariano Pedro Pablo Santiago Alberto Mauricio Cristina Néstor Nestor Javier Sergio Andrés Andres Manuel Miguel
Ángel Angel Rafael Evo Hugo Nicolás Nicolas Daniel Gustavo Iván Álvaro Alvaro Sebastián Michelle Gabriel Lenín
Lenin Guillermo Ollanta Martín Dina Xiomara Nayib Alejandro Alejandra Raúl Raul Fidel Ernesto Diego Lionel
Cristiano Neymar Kylian Zinedine Thierry Antoine Francisco Francesco Giuseppe Giorgia Matteo Mario Silvio
Romano Enrico Paolo Gentiloni Giuliano Massimo Beppe Luigi Roberto Antonio Alessandro Marco Giovanni Vittorio
Umberto Carlo Luca Lorenzo Fabio Andrea Stefano Gianni Federica Nicola Emma Bettino Giulio Aldo Pier Pietro
Angelo Dario Ignazio Emanuele Letizia Sofía Sofia Albert Íñigo Inigo Isabel Carmen Dolores Soraya Josep Carles
Oriol Quim Ada Manuela António Marcelo Aníbal Durão Barroso Mário Soares Jorge Sampaio Passos Coelho Rui
Cavaco Alexis Kyriakos Antonis Andreas Georgios Giorgos Yanis Yannis Nikos Konstantinos Evangelos Katerina
Dora Nicos Tassos Glafcos Demetris Nino Jean-Claude Anders Fogh Rasmussen Lars Løkke Mette Helle Thorning-Schmidt
Erna Jonas Gahr Støre Stefan Löfven Magdalena Andersson Ulf Kristersson Sauli Niinistö Sanna Stubb Juha Sipilä
Katrín Jakobsdóttir Bjarni Mark Rutte Dick Schoof Geert Wilders Charles Croo Bart Wever Elio Rupo Xavier
Bettel Luc Frieden Leo Varadkar Micheál Enda Kenny Bertie Ahern Mary McAleese Michael Higgins Gerry Adams
McGuinness Ian Paisley Arlene Foster Sturgeon Alex Salmond Humza Yousaf Drakeford Orbán Fico Andrej Babiš
Fiala Zeman Zuzana Čaputová Iohannis Marcel Ciolacu Rumen Radev Boyko Borissov Aleksandar Vučić Vucic Ana
Brnabić Milo Đukanović Edi Rama Ilir Zoran Milanović Plenković Borut Pahor Janez Janša Golob Maia Sandu Dodon
Lukashenko Loukachenko Tsikhanovskaïa Tikhanovskaïa Ilham Aliyev Aliev Nikol Pachinian Pashinyan Serge
Sargsyan Salomé Zourabichvili Mikheil Saakashvili Irakli Garibachvili Kassym-Jomart Tokaïev Tokayev
Noursoultan Nazarbaïev Nazarbayev Shavkat Mirziyoyev Emomali Rahmon Serdar Berdimuhamedow Gurbanguly Sadyr
Japarov Karzai Ghani Haibatullah Akhundzada Zabihullah Mujahid

Daniela Daniel Andreas Annika Anja Birgit Britta Carsten Dirk Elke Frauke Gudrun Heike Helga Holger Ingrid Inge Jan-Peter Jochen Jutta Kai Katja Kerstin Lars Lena
Lukas Magnus Maik Manfred Matthias Michaela Monika Nils Petra Ralf Sabine Sandra Silke Stefanie Susanne Sven Thorsten Tobias Ulrich Ulrike Ute Volker Wiebke Yvonne
Bauke Bram Daan Dirk-Jan Femke Joost Koen Lieke Maarten Marieke Niels Pieter Ruud Sanne Sjoerd Stijn Tom Wout Arjen Dafne Fenna Guus Hendrik Jeroen Kees Marianne Wim
Annemiek Anouk Chantal Marianne Ellen Mathieu Wout Remco Tadej Primož Primoz Jakob Jonas Mads Mikkel Rasmus Søren Morten Henrik Kasper Magnus Espen Ole Tor Bjørn Bjorn
Kjetil Aksel Henrik Therese Ingvild Marit Astrid Sigrid Kristian Kristin Kristina Kirsten Karin Liv Maja Nina Sara Elin Frida Johan Johanna Erik Fredrik Gustav Oskar
Pernilla Ebba Malin Linnea Annika Emil Hugo Isak Joel Viktor Alvar Axel Mikael Pekka Teemu Kimi Valtteri Jari Jussi Matti Sami Tuomas Tarja Sauli Aino Eero
Alejandro Alfonso Álvaro Amparo Ana Andrea Ángel Antonia Beatriz Blanca Carmen Concepción Cristóbal Eduardo Elena Emilio Esperanza Esteban Eva Federico Fernanda
Gonzalo Guadalupe Ignacio Inés Isidro Jaime Joaquín Jorge Josefina Lorena Lucía Luisa Marcela Marcos Mariana Mercedes Montserrat Nuria Patricia Pilar Ramón Raquel
Ricardo Rocío Rodrigo Rosa Rubén Salvador Silvia Sonia Teresa Tomás Valeria Vicente Yolanda Xavi Iker Sergio Mireia Garbiñe Rafa Carolina Catalina Claudio Ezequiel
João Joao Thiago Tiago Gonçalo Rui Nuno Vítor Vitor Paulo Marta Beatriz Inês Leonor Rita Sofia Mariana Gabriela Larissa Fernanda Vanderlei Ronaldo Ronaldinho Rivaldo
Alessandra Alessia Chiara Claudia Elisa Federica Francesca Gianluca Gianluigi Giorgio Giulia Ilaria Laura Lucia Martina Michela Paola Riccardo Rosa Sara Silvia Simone
Tommaso Valentina Vincenzo Arianna Beatrice Filippo Gabriele Gianmarco Jacopo Mattia Nicolò Niccolò Davide Daniele Elia Fabrizio Flavio Leonardo Manuel Marcello
Sofiya Olha Oksana Kateryna Anastasia Anastasiya Daria Darya Ekaterina Yekaterina Yana Yelena Alina Alla Inna Lilia Lyudmila Nadezhda Polina Veronika Vera Zhanna
Kamila Kamil Agnieszka Aleksandra Anna Barbara Dorota Elżbieta Joanna Katarzyna Magdalena Małgorzata Monika Urszula Iga Robert Radosław Kamil Łukasz Szymon
Jakub Bartosz Dawid Filip Mateja Tina Petra Anamarija Nikola Luka Ivan Marko Goran Dragan Zoran Novak Janko Jelena Ana Ivana Milica Dejan Nemanja Stefan Dušan
Mehdi Yassine Youssef Ilyes Ryad Riyad Nabil Farid Kamel Mourad Djamel Rachid Sofiane Walid Zinedine Hatem Sami Fethi Karim Omar Lakhdar Ahmed-Ali Djamila Fatiha
Abdoulaye Amadou Aminata Aïssata Cheikh Fatou Ibrahima Lamine Mamadou Moussa Ousmane Oumar Seydou Souleymane Youssouf Didier Samuel Yaya Kolo Sadio Naby Kalidou
Yuki Hiroshi Takeshi Kenji Haruki Yoshiro Shigeru Ichiro Kei Naomi Kohei Kosuke Ryota Sho Shohei Daisuke Yusuke Ai Aiko Yui Saori Mao Rikako Hina Sakura Kaori
Ji-hoon Min-ho Seung Sung Hyun Jae Sang-young Yuna Kyung Hee
Abigail Addison Alexa Allison Alyssa Amelia Andrea Angie Annabel Ariana Aubrey Audrey Autumn Ava Bella Bianca Brittany Brooklyn Caitlin Camila Carly Carrie Cassidy
Chloe Chrissie Claudia Daisy Danica Delaney Destiny Eden Elise Ella Eliza Emilia Esther Faith Felicity Fiona Flora Gabriella Gemma Georgina Gillian Gwen Gwendolyn
Hailey Harper Hazel Heidi Hilary Holly Hope Iris Isabel Isabella Isla Ivy Jacqueline Jade Jasmine Jenna Jessie Jill Joanne Jodie Jolene Josephine Julianne Kaitlyn
Kara Katelyn Kayla Kelsey Kendra Kim Kirsty Kristy Laurenne Layla Leila Lena Lily Lindsay Lola Lorna Lucy Lydia Mabel Mackenzie Maddie Madeline Maggie Mandy Marissa
Mariah Maya Meredith Mia Miranda Naomi Nora Paige Penelope Phoebe Piper Poppy Quinn Rebekah Riley Rosie Ruby Sadie Savannah Scarlett Serena Sienna Skylar Sophia
Stella Summer Sydney Taylor Tessa Tiffany Vicky Violet Willow Zoe Zoey
Aidan Alastair Alistair Allistair Angus Archie Barney Bertie Blake Callum Cillian Clive Conor Conrad Damian Declan Dermot Desmond Dominic Donovan Eamon Edmund Elliot
Ewan Finn Fraser Geoffrey Gerry Giles Hamish Harvey Hector Jasper Jeremiah Jonah Jonny Kieran Lachlan Leighton Lennox Lionel Lorcan Magnus Marcus Miles Mitchell
Morgan Murray Nathaniel Neville Niall Noel Ollie Ossie Percy Perry Quentin Ralph Reggie Rhys Richie Rory Rupert Seamus Sebastian Shaun Stanley Tristan Toby Wayde
Wilfred Xander Zach Zachary Zak Brandon Brent Chad Cole Colton Dwayne Garrett Grady Hunter Jace Jalen Jaylen Kirani LaShawn Marquis Reggie Tyson Usain Yohan Justin
Julio Clarissa Natasha Sabrina Rachal Melissa Miranda María Raquel Simone Eliane Éliane Maïr Maritie Erwann Ezequiel Gerardo Javier Lucas Lionel Hope Olha
Syed Sayed Adil Babar Shaheen Shahid Sarfaraz Fakhar Haris Naseem Virat Rohit Shubman Jasprit Ravindra Ravichandran Hardik Rishabh Sachin Sourav Sunil Anil Ajay Vijay Sanjay
Suresh Ramesh Rajesh Mahesh Dinesh Ganesh Mukesh Rakesh Ashok Arun Aditya Akash Ankit Anand Arjun Ashwin Deepak Gautam Kiran Krishna Manoj Nitin Pradeep Prakash
Pranab Rajiv Ravi Sandeep Shashi Siddharth Srinivas Sudhir Tushar Uday Varun Vikram Vinod Vivek Yogesh Priya Pooja Anjali Deepika Kavita Lakshmi Meera Neha
Nirmala Radhika Rekha Shilpa Smriti Sunita Swati Mamata Piyush Nitish Uddhav Sharad Bilawal Asim Ishaq Hamza Usman Zulfikar Junaid Zubair Fawad Ranil Gotabaya
Mahinda Anura Sajith Tarique Jofra Jos Moeen Eoin Rene René Elias Marisol
Badr Bader Sameh Hisham Tamer Sherif Sharif Mostafa Mustapha Wael Hazem Alaa Amr Essam Magdy Tawfik Tawfiq Naguib Adel Nabila Hoda Huda Mona Hana Lina Rima Reem
Ghada Amal Samar Suha Lubna Aziz Abdulaziz Abdulrahman Abdelrahman Majid Majed Saud Turki Bandar Nayef Fahd Fahad Mishal Tamim Jassim Khalifa Zayed Mansour Anas
Bilal Ziad Fadi Rami Bassam Ghassan Kamal Jamil Nadim Wissam Samer Osman Othman Uthman Emad Raed Saleh Salah Salim Selim Issam Akram Ayoub Nawal
Bassirou Diomaye Pape Abdou Babacar Birame Aliou Alioune Modou Ndèye Awa Khady Coumba Kouadio Koffi Kouassi Yao Yaw Kwabena Kwaku Kwesi Kojo Akosua Abena Efua Esi
Chukwuemeka Chinedu Chiamaka Adaeze Adebayo Adewale Babatunde Oluwaseun Olumide Tunde Femi Funmilayo Folake Yemi Nnamdi Obinna Ifeanyi Ikechukwu Amaka Chioma
Nkechi Atiku Nasir Aminu Musa Yakubu Aliyu Thandiwe Sipho Themba Nomvula Lindiwe Bongani Mandla Fikile Naledi Lerato Kagiso Tshepo Mpho Wanjiru Wanjiku Njeri
Wambui Achieng Akinyi Kalonzo Musalia Eliud Hellen Tedros Kizza Mariama Kadiatou Oumou Salif Youssou
Masayoshi Takashi Haruto Hiroto Kenta Kazuo Akira Makoto Masahiro Masato Naoki Nobuyuki Satoshi Tetsuya Yoshiko Yuko Keiko Akiko Yumiko Noriko Sachiko Tomoko
Mariko Michiko Hiroko Kazuki Kenichi Koji Shota Shunsuke Tomohiro Yasuhiro Yoshio Yutaka Katsuya Koichi Toshihiro Hirokazu
Ximena Icela Maricela Araceli Leticia Verónica Gisela Graciela Silvana Susana Edmundo Horacio Osvaldo Rodolfo Rogelio Ulises Humberto Arturo Armando Alfredo
Jesús Octavio Orlando Leopoldo Camilo Mateo Emiliano Agustín Facundo Maximiliano Lautaro
Devlet Meral Fatih Emre Burak Murat Serkan Mesut Ayşe Zeynep Elif Esra Fatma Merve Özlem Masoud Mahsa Narges Shirin Saeed Kazem Esmail Amir Nasrin Parisa
Asghar Mehran Behrouz Farhad Dariush Kourosh Babak Bahram
`.split(/\s+/).filter(Boolean);

/** Family names that come first in Chinese, Korean and Vietnamese names ("Chen Shui-bian", "Kim Jong-un"). */
export const familyNamesFirst: readonly string[] = `
Chen Lien Hu Xi Li Wang Zhang Liu Yang Zhao Huang Zhou Wu Xu Sun Zhu Guo Lin Gao Luo Zheng Liang Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian
Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Wen Mao Zhu Qin Tsai Soong Hsieh Ma Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Moon
Roh Ban Nguyen Tran Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Hun He
`.split(/\s+/).filter(Boolean);
