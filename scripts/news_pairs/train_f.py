from common import split, story

split("train")

story(
    "pension-age-bill",
    "politics",
    [
        (
            "Parliament on Wednesday passed a bill raising the state pension age from 65 to 67 by 2032, with 178 "
            "lawmakers "
            "voting in favour and 162 against. Unions called a general strike for next Thursday in response. Prime "
            "Minister Elin Sorensen said the change was needed to keep the pension system solvent."
        ),
    ],
    [
        (0, "PS", "Parliament approved raising the state pension age to 67 by 2032."),
        (0, "NUM", "The bill raising the state pension age passed with 162 votes in favour."),
        (0, "DATE", "The pension bill passed by parliament raises the retirement age to 67 by 2035."),
        (0, "AS", "Prime Minister Elin Sorensen said raising the pension age was needed to keep the system solvent."),
        (
            0,
            "AC",
            "Prime Minister Elin Sorensen said the pension system would stay solvent without raising the pension age.",
        ),
        (0, "NUM", "The pension bill raises the state pension age from 65 to 68."),
        (0, "PN", "Raising the pension age will save the state about 4 billion euros a year."),
        (0, "AN", "Union leaders said the state pension age would rise to 67 by 2032."),
        (0, "PS", "Unions responded to the pension age bill by calling a general strike."),
    ],
)

story(
    "callander-dock-strike",
    "labour",
    [
        (
            "Dockworkers at the port of Callander walked out on Monday in an indefinite strike, leaving at least 40 "
            "container ships waiting offshore, the port authority said. The dockers' union said it was seeking a 12 "
            "percent pay rise over two years. The port authority said it had offered 6 percent and called the strike "
            "'premature'."
        ),
    ],
    [
        (0, "PS", "An open-ended dockworkers' strike at Callander left at least 40 container ships waiting offshore."),
        (0, "AS", "The dockers' union at Callander said it wanted a 12 percent pay rise over two years."),
        (0, "AC", "The Callander port authority said it had offered dockworkers a 12 percent pay rise."),
        (0, "NUM", "At least 14 container ships were left waiting offshore by the Callander dock strike."),
        (0, "NEG", "The Callander dockworkers' strike is limited to 48 hours."),
        (0, "AS", "The Callander port authority described the dockworkers' strike as premature."),
        (0, "PN", "Callander handles about a third of the country's container traffic."),
        (0, "AN", "The transport minister said 40 container ships were waiting off Callander."),
    ],
)

story(
    "hennig-bridge-closure",
    "transport",
    [
        (
            "The Hennig Bridge in Oldport will be closed to all vehicles from Monday after engineers found cracks in "
            "two "
            "of its steel supports, the city's transport department said. Pedestrians and cyclists can still use the "
            "bridge. The department said repairs would take at least four months and cost an estimated 3.5 million "
            "euros."
        ),
    ],
    [
        (
            0,
            "PS",
            "Oldport's Hennig Bridge is closing to vehicle traffic after cracks were found in its steel supports.",
        ),
        (0, "Q", "The Hennig Bridge will be closed to pedestrians and cyclists as well as to vehicles."),
        (0, "NUM", "Engineers found cracks in five of the Hennig Bridge's steel supports."),
        (0, "AS", "Oldport's transport department said repairs to the Hennig Bridge would take at least four months."),
        (0, "NUM", "Repairs to Oldport's Hennig Bridge are expected to cost about 35 million euros."),
        (0, "PN", "The Hennig Bridge normally carries about 30,000 vehicles a day."),
        (0, "PN", "The Hennig Bridge in Oldport was last inspected in 2020."),
        (0, "AN", "Oldport's mayor said repairs to the Hennig Bridge would cost 3.5 million euros."),
    ],
)

story(
    "july-heatwave-deaths",
    "disaster",
    [
        (
            "At least 140 deaths in the first week of July were linked to a heatwave that pushed temperatures above 42 "
            "degrees Celsius in the south of the country, the national statistics institute said on Friday, citing "
            "preliminary data. The institute said most of those who died were over 75. The health ministry had earlier "
            "put "
            "the toll at 86."
        ),
    ],
    [
        (0, "AS", "The national statistics institute linked at least 140 deaths to the heatwave in early July."),
        (0, "AS", "The health ministry had earlier estimated the July heatwave death toll at 86."),
        (0, "AC", "The national statistics institute put the death toll from the July heatwave at 86."),
        (0, "Q", "Most of the people who died in the July heatwave were under 40."),
        (0, "PN", "Hospitals in the south reported a surge in heatstroke admissions during the July heatwave."),
        (0, "DATE", "At least 140 deaths in the first week of August were linked to the heatwave."),
        (0, "PS", "Temperatures topped 42 degrees Celsius in the south of the country during the July heatwave."),
        (0, "AC", "The health ministry had initially estimated that 140 people died in the July heatwave."),
    ],
)

story(
    "typhoon-kessa",
    "disaster",
    [
        (
            "Typhoon Kessa made landfall in the coastal province of Binh Lam early on Wednesday with winds of up to "
            "165 "
            "kilometres per hour, the national weather agency said. More than 230,000 people had been moved to "
            "shelters "
            "beforehand. Provincial officials said four people had died, including two fishermen whose boat capsized."
        ),
    ],
    [
        (0, "PS", "Over 230,000 people were moved to shelters before Typhoon Kessa hit Binh Lam."),
        (0, "NUM", "Typhoon Kessa hit Binh Lam province with winds of up to 265 kilometres per hour."),
        (0, "AS", "Provincial officials said four people died after Typhoon Kessa made landfall in Binh Lam."),
        (0, "AC", "Provincial officials said 14 people had died in Typhoon Kessa."),
        (0, "DATE", "Typhoon Kessa made landfall in Binh Lam late on Thursday."),
        (0, "PN", "Typhoon Kessa destroyed more than 10,000 homes in Binh Lam."),
        (0, "AN", "The national weather agency said four people had died because of Typhoon Kessa."),
        (0, "ENT", "Two tourists died when their boat capsized during Typhoon Kessa."),
    ],
)

story(
    "grauhorn-avalanche",
    "disaster",
    [
        (
            "Two off-piste skiers were killed by an avalanche near the Grauhorn ski resort on Saturday, local mountain "
            "rescue said. A third member of the group was dug out alive after about 20 minutes and flown to hospital. "
            "The "
            "regional avalanche warning service had rated the danger at level 4 of 5 that day."
        ),
    ],
    [
        (0, "PS", "An avalanche near the Grauhorn resort killed two skiers who had gone off the marked runs."),
        (0, "NUM", "Three skiers were killed in an avalanche near the Grauhorn ski resort."),
        (0, "Q", "All members of the skiing group caught in the Grauhorn avalanche died."),
        (0, "NUM", "Avalanche danger near Grauhorn had been rated at level 2 of 5 on the day of the accident."),
        (
            0,
            "PS",
            "One skier caught in the Grauhorn avalanche was pulled out alive after roughly 20 minutes under the snow.",
        ),
        (0, "PN", "The skiers killed near Grauhorn were not carrying avalanche transceivers."),
        (0, "AN", "The regional avalanche warning service said two skiers had been killed near Grauhorn."),
        (0, "DATE", "The avalanche near the Grauhorn ski resort happened on Sunday."),
    ],
)

story(
    "brackley-red-panda",
    "environment",
    [
        (
            "A red panda that escaped from Brackley Zoo on Tuesday was found safe in a garden about 800 metres away "
            "the "
            "next morning, the zoo said. Staff believe the animal climbed out after a storm brought down a tree branch "
            "across its enclosure fence. Police had asked residents not to approach it."
        ),
    ],
    [
        (0, "PS", "A red panda that escaped from Brackley Zoo was found unharmed the following morning."),
        (0, "NUM", "The red panda that escaped from Brackley Zoo was found about eight kilometres away."),
        (0, "AS", "Brackley Zoo staff believe a fallen tree branch allowed the red panda to escape."),
        (0, "FC", "A fallen tree branch allowed the red panda to escape from its enclosure at Brackley Zoo."),
        (0, "AC", "Police told residents to try to catch the red panda that escaped from Brackley Zoo."),
        (0, "DATE", "The red panda escaped from Brackley Zoo on Friday."),
        (0, "PN", "The red panda that escaped from Brackley Zoo is two years old."),
        (0, "PS", "Police urged residents not to go near the red panda that got out of Brackley Zoo."),
    ],
)

story(
    "selby-point-wind-farm",
    "environment",
    [
        (
            "The environment ministry granted a permit on Monday for a 46-turbine wind farm off the coast of Selby "
            "Point, "
            "but required the developer, Northwind Energy, to halt construction during the seal breeding season. Local "
            "fishermen's associations said they would challenge the decision in court. The project is expected to "
            "power "
            "about 300,000 homes."
        ),
    ],
    [
        (0, "PS", "The environment ministry approved a 46-turbine offshore wind farm near Selby Point."),
        (0, "NUM", "The wind farm approved off Selby Point will have 64 turbines."),
        (0, "NEG", "The environment ministry refused Northwind Energy a permit for a wind farm off Selby Point."),
        (0, "AS", "Fishermen's associations said they would take the Selby Point wind farm decision to court."),
        (0, "ENT", "The Selby Point wind farm permit requires construction to pause during the bird nesting season."),
        (0, "PS", "The Selby Point wind farm is expected to supply electricity to roughly 300,000 homes."),
        (0, "PN", "Northwind Energy expects to begin building the Selby Point wind farm in 2025."),
        (0, "AN", "Northwind Energy said it would pause construction during the seal breeding season."),
    ],
)

story(
    "hult-pipeline-leak",
    "environment",
    [
        (
            "An underground oil pipeline operated by Tessaro Energy leaked near the village of Hult, the company said "
            "on "
            "Thursday, but it disputed an environmental group's estimate that 500,000 litres had escaped. Tessaro put "
            "the "
            "spill at about 30,000 litres. The national environment inspectorate said it was conducting its own "
            "measurements and would publish them next week."
        ),
    ],
    [
        (0, "AS", "Tessaro Energy said about 30,000 litres of oil leaked from its pipeline near Hult."),
        (
            0,
            "AS",
            "An environmental group estimated that 500,000 litres of oil leaked from the Tessaro pipeline near Hult.",
        ),
        (0, "AC", "Tessaro Energy said 500,000 litres of oil escaped from its pipeline near Hult."),
        (0, "FC", "About 500,000 litres of oil leaked from the Tessaro Energy pipeline near Hult."),
        (0, "DS", "Tessaro Energy disputed an environmental group's estimate of the size of the oil spill near Hult."),
        (0, "AN", "The national environment inspectorate said 30,000 litres of oil had leaked near Hult."),
        (0, "PN", "The Tessaro Energy pipeline near Hult leaked because of corrosion."),
        (
            0,
            "PS",
            (
                "The environment inspectorate is taking its own measurements of the Hult oil spill and will publish "
                "them "
                "next week."
            ),
        ),
    ],
)

story(
    "ember-river-deforestation",
    "environment",
    [
        (
            "Forest loss in the Ember River basin fell 22 percent in the 12 months to July compared with the previous "
            "year, according to satellite data published by the national space research institute. Environment "
            "Minister "
            "Clara Neves said the figures showed the government's enforcement campaign was working. Conservation "
            "groups "
            "said clearing had moved to neighbouring regions that the data do not cover."
        ),
    ],
    [
        (0, "PS", "Satellite data showed forest loss in the Ember River basin dropped 22 percent in the year to July."),
        (0, "NUM", "Forest loss in the Ember River basin fell 12 percent in the 12 months to July."),
        (0, "NEG", "Deforestation in the Ember River basin increased in the 12 months to July."),
        (0, "AS", "Environment Minister Clara Neves said the deforestation figures showed enforcement was working."),
        (0, "FC", "Forest clearing has shifted from the Ember River basin to neighbouring regions."),
        (0, "AS", "Conservation groups said forest clearing had moved to regions outside the Ember River basin."),
        (0, "ENT", "The Ember River deforestation figures were published by the environment ministry."),
        (0, "PN", "The government hired 500 new forest rangers for its enforcement campaign in the Ember River basin."),
    ],
)
