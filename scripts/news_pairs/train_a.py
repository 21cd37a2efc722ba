from common import split, story

split("train")

story(
    "marlow-creek-boil-notice",
    "health",
    [
        (
            "Residents of Marlow Creek were told on Tuesday to boil tap water before drinking it after routine tests "
            "found "
            "E. coli at two sampling points, the regional water authority said in a statement. The notice covers about "
            "4,200 households on the town's eastern side. A spokesperson for the authority said the advisory would "
            "stay in "
            "place for at least 72 hours while the network is flushed and chlorinated."
        ),
        (
            "Marlow Creek's two primary schools will stay open this week and serve bottled water to pupils, the "
            "district "
            "education office said on Wednesday. Parents had asked whether classes would be suspended after the water "
            "authority's announcement, and the office said lunches would be prepared with water brought in from "
            "outside "
            "the town."
        ),
    ],
    [
        (
            0,
            "AS",
            "The regional water authority said routine tests found E. coli at two sampling points in Marlow Creek.",
        ),
        (
            0,
            "PS",
            (
                "More than 4,000 households in eastern Marlow Creek were advised to boil their tap water before "
                "drinking "
                "it."
            ),
        ),
        (0, "NUM", "A boil-water notice issued in Marlow Creek covers about 14,000 households."),
        (0, "DATE", "Marlow Creek residents were told on Friday to boil their tap water after E. coli was detected."),
        (0, "NEG", "Routine tests on Marlow Creek's water network found no trace of E. coli."),
        (0, "PN", "The E. coli contamination in Marlow Creek was traced to a cracked sewage pipe."),
        (0, "AN", "The mayor of Marlow Creek said the boil-water advisory would last at least 72 hours."),
        (0, "PLACE", "The Marlow Creek boil-water notice applies to households on the western side of the town."),
        (1, "RN", "Routine tests found E. coli at two sampling points in Marlow Creek's water network."),
        (
            1,
            "PS",
            (
                "Marlow Creek's primary schools will remain open and give pupils bottled water, the district education "
                "office said."
            ),
        ),
    ],
)

story(
    "port-esk-ferry-pier",
    "transport",
    [
        (
            "Fourteen people were injured when a passenger ferry struck a pier in Port Esk on Saturday evening, the "
            "coastguard said. The vessel, operated by Northlight Ferries, was arriving from Carrow Island with 212 "
            "passengers on board. The company blamed a steering fault, but the harbour authority said it had not yet "
            "determined the cause."
        ),
    ],
    [
        (0, "AS", "Northlight Ferries said a steering fault caused its ferry to strike a pier in Port Esk."),
        (0, "FC", "A steering fault caused the Northlight ferry to crash into a pier in Port Esk."),
        (0, "AC", "The Port Esk harbour authority said a steering fault caused the ferry collision."),
        (0, "PS", "More than 200 passengers were on board the ferry that hit a pier in Port Esk."),
        (0, "NUM", "Forty people were hurt when a passenger ferry struck a pier in Port Esk."),
        (0, "PLACE", "The ferry that struck the Port Esk pier had set off from Halloran Bay."),
        (
            0,
            "PN",
            "The captain of the Northlight ferry had been on duty for eleven hours before the crash in Port Esk.",
        ),
        (0, "DATE", "A Northlight passenger ferry struck a pier in Port Esk on Saturday morning."),
    ],
)

story(
    "halden-library-closures",
    "politics",
    [
        (
            "Halden city council voted 9-4 on Thursday to close three of the city's seven public library branches, a "
            "move "
            "expected to save about 1.1 million euros a year. Councillor Mara Jessop, who proposed the cuts, said the "
            "closures would not lead to any job losses. The librarians' union disputed that, saying at least 18 posts "
            "would go."
        ),
    ],
    [
        (0, "PS", "Halden's city council approved shutting three of its seven library branches."),
        (0, "Q", "Halden city council voted to close every public library branch in the city."),
        (0, "NUM", "Halden's council voted 12-1 in favour of closing three library branches."),
        (0, "AS", "Councillor Mara Jessop said the Halden library closures would not cause any job losses."),
        (0, "AS", "The librarians' union said at least 18 posts would be lost because of the Halden library closures."),
        (0, "AC", "The librarians' union said the Halden library closures would not lead to job losses."),
        (0, "ENT", "The plan to close three Halden library branches was proposed by the librarians' union."),
        (0, "PN", "The three Halden library branches will close at the end of January."),
        (0, "NUM", "Closing three Halden library branches is expected to save about 11 million euros a year."),
    ],
)

story(
    "veridane-insulin-pen-recall",
    "business",
    [
        (
            "Veridane Pharma is recalling about 120,000 insulin injection pens sold in Germany, Austria and "
            "Switzerland "
            "because some may deliver an incorrect dose, the company said on Monday. Veridane said it had received 37 "
            "complaints but no reports of serious harm. Germany's medicines regulator said it was reviewing the "
            "complaints "
            "independently."
        ),
    ],
    [
        (
            0,
            "PS",
            (
                "Veridane Pharma is recalling roughly 120,000 insulin pens over concerns that they might deliver the "
                "wrong "
                "dose."
            ),
        ),
        (0, "PLACE", "Veridane Pharma's insulin pen recall covers pens sold in France, Belgium and the Netherlands."),
        (0, "AS", "Veridane Pharma said it had received 37 complaints about its insulin pens."),
        (0, "AC", "Veridane Pharma said it had received reports of serious harm linked to its insulin pens."),
        (0, "NUM", "Veridane Pharma is recalling about 12,000 insulin injection pens."),
        (0, "AN", "Germany's medicines regulator said Veridane's insulin pens may deliver an incorrect dose."),
        (0, "PN", "The faulty Veridane insulin pens were manufactured at a plant in Ireland."),
        (
            0,
            "AS",
            (
                "Germany's medicines regulator said it was carrying out its own review of complaints about Veridane's "
                "insulin pens."
            ),
        ),
    ],
)

story(
    "brackwater-nurses-strike",
    "labour",
    [
        (
            "Nurses at Brackwater General Hospital began a 48-hour strike on Wednesday over staffing levels. Hospital "
            "management said 30 planned operations had been postponed, while the nurses' union put the figure at more "
            "than "
            "200. Emergency care continued as normal, both sides said."
        ),
        (
            "The nurses' union at Brackwater General Hospital said on Thursday it would ballot members on further "
            "action "
            "next month if management did not agree to hire at least 60 additional nurses. A hospital spokesperson "
            "said "
            "recruitment was already under way and that 25 new nurses would start in the spring."
        ),
    ],
    [
        (0, "AS", "The nurses' union said more than 200 operations were postponed because of the Brackwater strike."),
        (
            0,
            "AC",
            (
                "Brackwater General Hospital management said more than 200 operations were postponed during the "
                "nurses' "
                "strike."
            ),
        ),
        (
            0,
            "AS",
            (
                "Hospital management said 30 planned operations were postponed during the nurses' strike at Brackwater "
                "General."
            ),
        ),
        (0, "PS", "Nurses at Brackwater General Hospital staged a two-day walkout over staffing."),
        (0, "NUM", "Nurses at Brackwater General Hospital began a 24-hour strike over staffing levels."),
        (0, "NEG", "Emergency care at Brackwater General Hospital was suspended during the nurses' strike."),
        (0, "PN", "The Brackwater nurses' union is demanding a 12 percent pay rise."),
        (
            1,
            "RN",
            "Hospital management said 30 planned operations had been postponed during the Brackwater nurses' strike.",
        ),
        (1, "AS", "The Brackwater nurses' union demanded that the hospital hire at least 60 more nurses."),
        (1, "AC", "A Brackwater General Hospital spokesperson said 60 new nurses would start in the spring."),
    ],
)

story(
    "kellerby-ballot-shortage",
    "elections",
    [
        (
            "The opposition Civic Renewal party said on Sunday that at least 40 polling stations in Kellerby district "
            "ran "
            "out of ballot papers during the afternoon, leaving voters unable to cast ballots. The national electoral "
            "commission rejected the claim, publishing delivery records that showed each station had received 20 "
            "percent "
            "more ballots than it had registered voters, and said no station had reported a shortage."
        ),
        (
            "Counting in Kellerby district finished shortly after midnight, with the governing Unity List taking 52 "
            "percent of the vote, according to provisional results. Civic Renewal came second with 31 percent. "
            "Officials "
            "said the final results would be certified within ten days."
        ),
    ],
    [
        (
            0,
            "AS",
            "The Civic Renewal party said at least 40 polling stations in Kellerby district ran out of ballot papers.",
        ),
        (0, "FD", "At least 40 polling stations in Kellerby district ran out of ballot papers on election day."),
        (
            0,
            "DS",
            (
                "The national electoral commission denied that polling stations in Kellerby district had run out of "
                "ballots."
            ),
        ),
        (
            0,
            "AC",
            "The national electoral commission said several Kellerby polling stations had reported ballot shortages.",
        ),
        (0, "AC", "The Civic Renewal party said at least 400 polling stations in Kellerby ran out of ballots."),
        (
            0,
            "PS",
            (
                "Delivery records published by the electoral commission showed Kellerby polling stations got more "
                "ballots "
                "than they had registered voters."
            ),
        ),
        (0, "PN", "Turnout in Kellerby district was the lowest in the country."),
        (0, "FD", "Voters in Kellerby district were turned away because polling stations had no ballot papers left."),
        (1, "RN", "The Civic Renewal party said polling stations in Kellerby ran out of ballot papers."),
        (
            1,
            "PS",
            "The Unity List won slightly more than half of the vote in Kellerby district, provisional results showed.",
        ),
        (1, "NUM", "Provisional results gave the Unity List 25 percent of the vote in Kellerby district."),
    ],
)

story(
    "brightwell-mayor-fake-quote",
    "politics",
    [
        (
            "Brightwell Mayor Anita Corrigan denied on Friday that she had ever called for the town's night bus "
            "service to "
            "be scrapped, after a quote attributed to her spread widely on social media. Corrigan said the quote was "
            "invented and pointed to council minutes showing that she had voted to extend the service until 2027."
        ),
    ],
    [
        (0, "DS", "Brightwell Mayor Anita Corrigan denied calling for the town's night bus service to be scrapped."),
        (0, "AC", "Brightwell Mayor Anita Corrigan said the town's night bus service should be scrapped."),
        (0, "FD", "Anita Corrigan voted to scrap Brightwell's night bus service."),
        (
            0,
            "PS",
            (
                "Council minutes show Brightwell Mayor Anita Corrigan voted to keep the night bus service running "
                "until "
                "2027."
            ),
        ),
        (0, "DATE", "Mayor Anita Corrigan voted to extend Brightwell's night bus service until 2025."),
        (
            0,
            "AS",
            "Anita Corrigan said a quote attributed to her about scrapping Brightwell's night buses was invented.",
        ),
        (0, "PN", "The fabricated Anita Corrigan quote was first posted by an opposition councillor."),
    ],
)

story(
    "berend-epo-case",
    "sports",
    [
        (
            "The international cycling union said on Tuesday that Belgian rider Tomas Berend had returned an adverse "
            "finding for the blood booster EPO in an out-of-competition test taken in May. Berend's team, Kordaal Pro "
            "Cycling, said it had suspended the 27-year-old pending analysis of his B sample. The rider has not "
            "commented."
        ),
    ],
    [
        (0, "AS", "The international cycling union said Tomas Berend returned a positive test for EPO."),
        (0, "PS", "Kordaal Pro Cycling suspended Tomas Berend while his B sample is analysed."),
        (0, "DATE", "Tomas Berend's positive EPO sample was taken in an out-of-competition test in August."),
        (0, "ENT", "Tomas Berend's adverse doping finding was for the anabolic steroid nandrolone."),
        (0, "AC", "Tomas Berend denied taking EPO after the cycling union announced his adverse finding."),
        (0, "AN", "The Belgian cycling federation said Tomas Berend had tested positive for EPO."),
        (0, "NUM", "Tomas Berend, 31, returned an adverse finding for EPO in an out-of-competition test."),
        (0, "PN", "Tomas Berend faces a four-year ban if his B sample confirms the EPO finding."),
    ],
)

story(
    "saltmere-levee-breach",
    "disaster",
    [
        (
            "About 600 residents of Saltmere were evacuated overnight after a levee on the River Aln gave way "
            "following "
            "three days of heavy rain, the county emergency office said on Thursday. No injuries were reported. "
            "Officials "
            "said water levels were expected to peak on Friday afternoon."
        ),
        (
            "The county's agriculture department said it would open applications next week for farmers whose crops "
            "were "
            "damaged by this month's flooding around Saltmere. Payments will be capped at 15,000 euros per farm, and "
            "claims must be filed within 60 days, the department said."
        ),
    ],
    [
        (0, "PS", "Some 600 people were evacuated from Saltmere after a levee on the River Aln failed."),
        (0, "NUM", "About 6,000 Saltmere residents were evacuated after a levee breach on the River Aln."),
        (0, "NEG", "Several people were injured when a levee on the River Aln gave way near Saltmere."),
        (0, "AS", "The county emergency office said about 600 Saltmere residents had been evacuated."),
        (0, "AC", "Officials said water levels around Saltmere would peak on Sunday."),
        (0, "PN", "The River Aln levee at Saltmere had been flagged as unsafe in a 2019 inspection."),
        (0, "PLACE", "A levee on the River Tees gave way near Saltmere after heavy rain."),
        (1, "RN", "About 600 Saltmere residents were evacuated after a levee on the River Aln gave way."),
        (1, "PS", "Saltmere-area farmers with flood-damaged crops can apply for payments of up to 15,000 euros."),
        (1, "AC", "The county agriculture department said flood payments would be capped at 50,000 euros per farm."),
    ],
)

story(
    "calder-bank-app-outage",
    "tech",
    [
        (
            "Customers of Calder Bank were unable to log into its mobile app or make card payments for about nine "
            "hours on "
            "Monday, the bank confirmed. Calder said the outage was caused by a faulty configuration change during "
            "routine "
            "maintenance and was not the result of a cyberattack. It said no customer data had been compromised."
        ),
    ],
    [
        (0, "PS", "A Calder Bank outage on Monday left customers unable to use its mobile app for roughly nine hours."),
        (
            0,
            "AS",
            "Calder Bank said its outage was caused by a faulty configuration change during routine maintenance.",
        ),
        (0, "DS", "Calder Bank denied that its nine-hour outage was caused by a cyberattack."),
        (0, "NUM", "Calder Bank's mobile app was down for about 19 hours on Monday."),
        (0, "AC", "Calder Bank said its Monday outage was the result of a cyberattack."),
        (0, "PN", "Calder Bank will compensate customers affected by Monday's outage."),
        (0, "DATE", "Calder Bank customers could not make card payments for about nine hours on Thursday."),
        (0, "AN", "The financial regulator said Calder Bank's outage was not caused by a cyberattack."),
    ],
)
