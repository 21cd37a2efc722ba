from common import split, story

split("val")

story(
    "kestrel-gorge-dam-release",
    "disaster",
    [
        (
            "Operators of the Kestrel Gorge dam released water on Sunday to relieve pressure after record rainfall, "
            "flooding about 120 homes in the downstream town of Pellow, the regional government said. The dam's "
            "operator, "
            "HydroNord, said it had warned residents six hours in advance. Several residents told local radio they had "
            "received no warning at all."
        ),
    ],
    [
        (0, "PS", "About 120 homes in Pellow were flooded after water was released from the Kestrel Gorge dam."),
        (
            0,
            "AS",
            "HydroNord said it warned Pellow residents six hours before releasing water from the Kestrel Gorge dam.",
        ),
        (0, "FC", "Pellow residents were warned six hours before water was released from the Kestrel Gorge dam."),
        (0, "AS", "Some Pellow residents said they had received no warning before the Kestrel Gorge dam release."),
        (0, "AC", "HydroNord said it had not warned residents before releasing water from the Kestrel Gorge dam."),
        (0, "NUM", "About 1,200 homes in Pellow were flooded after the Kestrel Gorge dam release."),
        (0, "PN", "The Kestrel Gorge dam was built in the 1960s."),
        (0, "DATE", "Water was released from the Kestrel Gorge dam on Thursday, flooding homes in Pellow."),
    ],
)

story(
    "eastfield-st-agnes-merger",
    "health",
    [
        (
            "The boards of Eastfield General and St. Agnes Hospital agreed on Thursday to merge into a single trust by "
            "next April, creating the region's largest employer with about 9,800 staff. Chief executive-designate "
            "Priya "
            "Nair said no clinical jobs would be cut. The maternity unit at St. Agnes will move to Eastfield, a change "
            "that local campaigners said they would fight."
        ),
    ],
    [
        (0, "PS", "Eastfield General and St. Agnes Hospital will combine into one trust with roughly 9,800 employees."),
        (
            0,
            "AS",
            "Priya Nair said the merger of Eastfield General and St. Agnes would not lead to cuts in clinical jobs.",
        ),
        (0, "FC", "No clinical jobs will be lost in the merger of Eastfield General and St. Agnes Hospital."),
        (0, "NUM", "The merged Eastfield and St. Agnes hospital trust will employ about 8,900 staff."),
        (0, "PLACE", "The maternity unit at Eastfield General will move to St. Agnes Hospital."),
        (0, "AN", "Local campaigners said the hospital merger would not cost any clinical jobs."),
        (0, "DATE", "Eastfield General and St. Agnes Hospital will merge into a single trust by next October."),
        (0, "AS", "Campaigners said they would fight the move of St. Agnes Hospital's maternity unit to Eastfield."),
        (0, "PN", "The merger of Eastfield General and St. Agnes is expected to save 30 million euros a year."),
    ],
)

story(
    "harwick-airport-drone",
    "transport",
    [
        (
            "Flights at Harwick Airport were suspended for 90 minutes on Saturday evening after two pilots reported "
            "seeing "
            "a drone near the runway, the airport said. Eleven arriving flights were diverted. Police said they had "
            "searched the area but found no drone and had not identified an operator."
        ),
    ],
    [
        (
            0,
            "PS",
            "Harwick Airport halted flights for an hour and a half after pilots reported a drone near the runway.",
        ),
        (0, "AS", "Two pilots reported seeing a drone near the runway at Harwick Airport on Saturday evening."),
        (0, "FC", "A drone flew near the runway at Harwick Airport on Saturday evening."),
        (0, "NUM", "Thirty-one arriving flights were diverted during the drone alert at Harwick Airport."),
        (0, "AC", "Police said they had found the drone and identified its operator near Harwick Airport."),
        (0, "AS", "Police said their search around Harwick Airport had not turned up a drone."),
        (0, "DATE", "Flights at Harwick Airport were suspended on Saturday morning after a drone sighting."),
        (0, "PN", "The drone alert at Harwick Airport affected about 2,000 passengers."),
    ],
)

story(
    "dunmore-north-recount",
    "elections",
    [
        (
            "A recount in the Dunmore North constituency confirmed on Friday that Liberal candidate Oren Sato won by "
            "37 "
            "votes, the electoral board said. His rival, Miriam Falk, had alleged that postal ballots were counted "
            "twice "
            "in the first count. The board said the recount found no evidence of double counting and that the result "
            "stood."
        ),
    ],
    [
        (0, "PS", "A recount confirmed that Oren Sato won the Dunmore North seat by 37 votes."),
        (0, "AS", "Miriam Falk alleged that postal ballots had been counted twice in Dunmore North."),
        (0, "FD", "Postal ballots were counted twice in the first count in Dunmore North."),
        (0, "DS", "The electoral board rejected Miriam Falk's claim of double counting in Dunmore North."),
        (0, "NUM", "Oren Sato won the Dunmore North recount by 73 votes."),
        (0, "ENT", "The Dunmore North recount confirmed Miriam Falk as the winner."),
        (0, "AN", "Oren Sato said the recount showed no double counting of postal ballots."),
        (0, "PN", "Miriam Falk plans to challenge the Dunmore North result in court."),
    ],
)

story(
    "voigt-fuel-subsidy-screenshot",
    "factcheck",
    [
        (
            "A screenshot purporting to show Prime Minister Adele Voigt posting that fuel subsidies would end in "
            "January "
            "is fabricated, according to an analysis by the fact-checking group Checkpoint. The post does not appear "
            "in "
            "archives of her account, and its font and time stamp do not match the platform's format, the group said. "
            "Voigt's office said the government had no plans to end the subsidies."
        ),
    ],
    [
        (0, "FD", "Prime Minister Adele Voigt posted that fuel subsidies would end in January."),
        (0, "AS", "Checkpoint said a screenshot of an Adele Voigt post about fuel subsidies was fabricated."),
        (0, "AS", "Adele Voigt's office said the government had no plans to end fuel subsidies."),
        (0, "AC", "Adele Voigt's office said fuel subsidies would end in January."),
        (0, "FD", "The government plans to end fuel subsidies in January."),
        (0, "PS", "Checkpoint found that the supposed Adele Voigt post did not appear in archives of her account."),
        (0, "AN", "The energy ministry said the Adele Voigt fuel subsidy screenshot was fake."),
        (0, "PN", "The fake Adele Voigt screenshot was shared more than 100,000 times."),
    ],
)

story(
    "marisol-star-grounding",
    "transport",
    [
        (
            "The container ship Marisol Star ran aground near the entrance to the port of Sandhaven on Tuesday, "
            "blocking "
            "the main channel for about 30 hours, the port authority said. Tugs refloated the vessel on Wednesday "
            "evening. "
            "The ship's operator said a power failure had caused the grounding and that no fuel had leaked."
        ),
    ],
    [
        (0, "PS", "The grounded Marisol Star blocked Sandhaven's main shipping channel for around 30 hours."),
        (0, "NUM", "The Marisol Star blocked the Sandhaven channel for about 13 hours."),
        (0, "AS", "The operator of the Marisol Star said a power failure caused the ship to run aground."),
        (0, "DATE", "Tugs refloated the Marisol Star on Friday evening."),
        (0, "AC", "The operator of the Marisol Star said fuel had leaked after the grounding."),
        (0, "PN", "The Marisol Star was carrying about 8,000 containers when it ran aground."),
        (0, "AN", "The Sandhaven port authority said a power failure caused the Marisol Star to run aground."),
        (0, "AS", "The Marisol Star's operator said no fuel leaked when the ship grounded near Sandhaven."),
    ],
)

story(
    "sugar-drinks-levy",
    "politics",
    [
        (
            "The government will introduce a tax of 0.20 euros per litre on soft drinks containing more than 5 grams "
            "of "
            "sugar per 100 millilitres from next July, the finance ministry said on Monday. The ministry expects the "
            "levy "
            "to raise 180 million euros a year, which it said would fund school sports. The beverage industry "
            "association "
            "called the tax 'regressive'."
        ),
    ],
    [
        (0, "PS", "Soft drinks with over 5 grams of sugar per 100 millilitres will be taxed at 0.20 euros per litre."),
        (0, "NUM", "The finance ministry expects the new sugar tax to raise 810 million euros a year."),
        (0, "AS", "The finance ministry said revenue from the sugar tax would pay for school sports."),
        (0, "AC", "The beverage industry association welcomed the new tax on sugary soft drinks."),
        (0, "Q", "The new tax will apply to all soft drinks regardless of their sugar content."),
        (0, "DATE", "The tax on sugary soft drinks will take effect next January."),
        (0, "AN", "The health minister said the sugar tax would raise 180 million euros a year."),
        (0, "AS", "The beverage industry association described the sugar tax as regressive."),
    ],
)

story(
    "tomov-missed-tests-ban",
    "sports",
    [
        (
            "The weightlifting federation banned Olympic medallist Stefan Tomov for four years on Thursday after he "
            "missed "
            "three drug tests within 12 months. Tomov's lawyer said the athlete had never used banned substances and "
            "that "
            "one of the missed tests was caused by a postal error. Tomov has 21 days to appeal to the Court of "
            "Arbitration "
            "for Sport."
        ),
    ],
    [
        (0, "PS", "Stefan Tomov received a four-year ban after missing three drug tests in a year."),
        (0, "NUM", "Stefan Tomov was banned for two years for missing drug tests."),
        (0, "ENT", "Stefan Tomov was banned by the weightlifting federation after testing positive for a steroid."),
        (0, "AS", "Stefan Tomov's lawyer said one of the missed tests was caused by a postal error."),
        (0, "FC", "One of Stefan Tomov's missed drug tests was caused by a postal error."),
        (0, "DS", "Stefan Tomov's lawyer denied that the weightlifter had ever used banned substances."),
        (0, "NUM", "Stefan Tomov has 12 days to appeal his ban to the Court of Arbitration for Sport."),
        (0, "PN", "Stefan Tomov won a bronze medal at the last Olympic Games."),
    ],
)

story(
    "vikmor-apartment-explosion",
    "disaster",
    [
        (
            "An explosion in a five-storey apartment building in Vikmor on Monday morning killed two residents and "
            "injured "
            "nine, the fire brigade said. Gas company Nordgas said a technician had inspected the building's pipes "
            "last "
            "month and found no faults. Prosecutors have opened an investigation and have not yet named a cause."
        ),
    ],
    [
        (0, "PS", "A blast in an apartment building in Vikmor killed two people and hurt nine."),
        (0, "NUM", "Nine people died in the apartment building explosion in Vikmor."),
        (0, "AS", "Nordgas said its technician found no faults in the Vikmor building's gas pipes last month."),
        (0, "AC", "Prosecutors said a gas leak caused the apartment explosion in Vikmor."),
        (0, "PN", "A gas leak caused Monday's apartment building explosion in Vikmor."),
        (0, "NUM", "The explosion in Vikmor hit a 12-storey apartment building."),
        (0, "AN", "The fire brigade said Nordgas had inspected the Vikmor building's pipes last month."),
        (0, "PS", "Prosecutors are investigating the Vikmor explosion but have not said what caused it."),
    ],
)

story(
    "sorrel-hill-landslide",
    "disaster",
    [
        (
            "A landslide buried six houses in the mountain village of Sorrel Hill after days of heavy rain, the "
            "district "
            "disaster office said on Sunday. Three people were confirmed dead and two were missing. Residents said "
            "they "
            "had warned officials about cracks in the slope in March, but the district office said it had no record of "
            "any "
            "complaint."
        ),
    ],
    [
        (0, "PS", "Six houses in Sorrel Hill were buried by a landslide after days of heavy rain."),
        (0, "NUM", "Five people were confirmed dead after the Sorrel Hill landslide."),
        (0, "AS", "Sorrel Hill residents said they had warned officials in March about cracks in the slope."),
        (
            0,
            "AS",
            "The district office said it had no record of complaints about cracks in the slope above Sorrel Hill.",
        ),
        (0, "AC", "Sorrel Hill residents said they had warned officials about cracks in the slope in June."),
        (0, "AC", "The district office confirmed that residents had reported cracks in the slope above Sorrel Hill."),
        (0, "PN", "Rescue teams used sniffer dogs to search for the missing in Sorrel Hill."),
        (0, "Q", "Everyone who lived in the houses buried at Sorrel Hill has been accounted for."),
    ],
)
