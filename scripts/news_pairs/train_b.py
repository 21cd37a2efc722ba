from common import split, story

split("train")

story(
    "velmar-pension-march",
    "protest",
    [
        (
            "Tens of thousands marched through central Velmar on Saturday against the government's pension reform. "
            "Organisers from the Federation of Public Workers said 85,000 people took part, while city police "
            "estimated "
            "the crowd at 22,000. The march ended peacefully outside parliament, police said, and there were no "
            "arrests."
        ),
    ],
    [
        (0, "AS", "Organisers said 85,000 people joined Saturday's pension protest in Velmar."),
        (0, "AS", "Velmar police estimated that 22,000 people took part in the march against pension reform."),
        (0, "AC", "Velmar police said 85,000 people marched against the pension reform."),
        (0, "AC", "The Federation of Public Workers put the crowd at Velmar's pension march at 22,000."),
        (0, "NEG", "Police in Velmar made several arrests during the pension reform march."),
        (0, "PLACE", "The Velmar pension march ended outside the labour ministry."),
        (0, "PN", "The pension reform opposed by Velmar marchers would raise the retirement age to 67."),
        (0, "PS", "Tens of thousands of people protested in Velmar against changes to pensions on Saturday."),
    ],
)

story(
    "holm-resignation-rumour",
    "politics",
    [
        (
            "A report circulating on messaging apps that Agriculture Minister Petra Holm had resigned on Monday was "
            "false, "
            "her ministry said. Holm chaired a cabinet committee meeting on Monday afternoon, and the government "
            "published "
            "video of her opening a grain storage facility in Eskby on Tuesday. The ministry said it had asked the "
            "platform to remove the post."
        ),
    ],
    [
        (0, "FD", "Agriculture Minister Petra Holm resigned from the government on Monday."),
        (0, "DS", "Petra Holm's ministry denied reports that she had resigned."),
        (
            0,
            "PS",
            (
                "Government video showed Agriculture Minister Petra Holm opening a grain storage facility in Eskby on "
                "Tuesday."
            ),
        ),
        (0, "PLACE", "Agriculture Minister Petra Holm opened a grain storage facility in Farrow on Tuesday."),
        (0, "AC", "The agriculture ministry confirmed that Petra Holm had stepped down."),
        (0, "AN", "The prime minister's office said reports of Petra Holm's resignation were false."),
        (0, "PN", "The false report about Petra Holm's resignation was shared more than 50,000 times."),
        (
            0,
            "AS",
            "Petra Holm's ministry said it had asked a messaging platform to remove the post about her resignation.",
        ),
    ],
)

story(
    "nuvolo-job-cuts",
    "business",
    [
        (
            "Software maker Nuvolo Systems will cut about 1,100 jobs, or 8 percent of its workforce, the company said "
            "on "
            "Wednesday, rejecting a newspaper report that 3,000 positions would go. Chief executive Dana Ferreira said "
            "the "
            "cuts would fall mainly on its hardware division and be completed by the end of March."
        ),
    ],
    [
        (0, "PS", "Nuvolo Systems is cutting about 8 percent of its staff, or roughly 1,100 jobs."),
        (0, "FD", "Nuvolo Systems plans to eliminate 3,000 positions from its workforce."),
        (0, "DS", "Nuvolo Systems rejected a newspaper report that it would eliminate 3,000 jobs."),
        (0, "AS", "Nuvolo chief executive Dana Ferreira said the job cuts would be completed by the end of March."),
        (0, "DATE", "Nuvolo Systems said its job cuts would be completed by the end of June."),
        (0, "ENT", "Nuvolo Systems said its job cuts would fall mainly on its cloud services division."),
        (0, "PN", "Nuvolo Systems reported a quarterly loss shortly before announcing its job cuts."),
        (0, "AN", "A union representing Nuvolo workers said 1,100 jobs would be cut."),
    ],
)

story(
    "chemistry-exam-leak",
    "education",
    [
        (
            "The education ministry cancelled Thursday's national chemistry exam for final-year students after the "
            "paper "
            "was posted online the night before, a ministry spokesperson said. About 46,000 students will resit the "
            "exam "
            "on 19 June. Police are investigating how the paper leaked, the spokesperson added, and two employees of "
            "the "
            "printing company have been questioned."
        ),
    ],
    [
        (
            0,
            "PS",
            "About 46,000 final-year students will have to retake the national chemistry exam after it leaked online.",
        ),
        (0, "DATE", "Students will resit the cancelled national chemistry exam on 9 June."),
        (0, "ENT", "The education ministry cancelled the national physics exam after the paper was posted online."),
        (0, "AS", "An education ministry spokesperson said police were investigating the chemistry exam leak."),
        (0, "PN", "Police have arrested two printing-company employees over the chemistry exam leak."),
        (0, "PN", "The leaked chemistry exam was first shared in a student group chat."),
        (0, "AN", "The national police chief said the chemistry exam paper had leaked from a printing company."),
        (0, "NEG", "The national chemistry exam went ahead as planned despite the paper appearing online."),
    ],
)

story(
    "kestrel-foods-q3",
    "business",
    [
        (
            "Kestrel Foods reported a third-quarter net profit of 214 million dollars on Thursday, up 18 percent from "
            "a "
            "year earlier, helped by higher prices for its frozen meals. Revenue rose 6 percent to 2.9 billion "
            "dollars. "
            "The company kept its full-year forecast unchanged, and its shares fell 3 percent in early trading."
        ),
    ],
    [
        (0, "PS", "Kestrel Foods' third-quarter net profit rose 18 percent to 214 million dollars."),
        (0, "NUM", "Kestrel Foods' third-quarter net profit fell 18 percent from a year earlier."),
        (0, "NUM", "Kestrel Foods' revenue rose 16 percent to 2.9 billion dollars in the third quarter."),
        (0, "PS", "Kestrel Foods shares slipped about 3 percent after the company reported third-quarter results."),
        (0, "NEG", "Kestrel Foods raised its full-year forecast after a strong third quarter."),
        (0, "PN", "Kestrel Foods plans to close two frozen-meal factories next year."),
        (0, "AN", "Kestrel Foods' chief executive said higher frozen-meal prices lifted third-quarter profit."),
        (0, "PS", "Higher frozen-meal prices helped Kestrel Foods increase its third-quarter profit."),
    ],
)

story(
    "skyvale-bordeaux-diversion",
    "transport",
    [
        (
            "A Skyvale Airways flight from Lisbon to Oslo made an emergency landing in Bordeaux on Sunday after the "
            "crew "
            "reported smoke in the cabin, the airline said. All 164 passengers and six crew members left the aircraft "
            "safely using the stairs. French aviation investigators said they had opened an inquiry."
        ),
    ],
    [
        (
            0,
            "PS",
            "A Skyvale Airways plane bound for Oslo diverted to Bordeaux after the crew reported smoke in the cabin.",
        ),
        (
            0,
            "PLACE",
            "A Skyvale Airways flight made an emergency landing in Toulouse after smoke was reported in the cabin.",
        ),
        (0, "NUM", "The Skyvale Airways flight that diverted to Bordeaux was carrying 64 passengers."),
        (0, "ENT", "Passengers on the diverted Skyvale Airways flight left the plane using the emergency slides."),
        (
            0,
            "AS",
            "French aviation investigators said they had opened an inquiry into the Skyvale Airways emergency landing.",
        ),
        (0, "PN", "The smoke on the Skyvale Airways flight came from an overheating oven in the galley."),
        (0, "AN", "The pilot of the Skyvale Airways flight said smoke filled the cabin within minutes."),
        (0, "DATE", "A Skyvale Airways flight made an emergency landing in Bordeaux on Wednesday."),
    ],
)

story(
    "port-hallam-shark-photo",
    "factcheck",
    [
        (
            "A photo shared thousands of times this week that claims to show a shark swimming along a flooded street "
            "in "
            "Port Hallam after Tuesday's storm is fake, a fact-check by the Coastal Herald found. The image combines a "
            "2017 photograph of a flooded highway with a picture of a shark taken by a wildlife photographer in South "
            "Africa, the newspaper said."
        ),
    ],
    [
        (0, "FD", "A shark was photographed swimming along a flooded street in Port Hallam after Tuesday's storm."),
        (
            0,
            "PS",
            "A viral image of a shark in a flooded Port Hallam street was stitched together from two older photos.",
        ),
        (
            0,
            "AS",
            (
                "The Coastal Herald said the viral shark photo combined a 2017 flooded-highway picture with a wildlife "
                "image."
            ),
        ),
        (0, "DATE", "The flooded highway in the fake Port Hallam shark photo was photographed in 2021."),
        (0, "PLACE", "The shark in the viral Port Hallam image was photographed in Australia."),
        (0, "AN", "Port Hallam police said the viral shark photo was fake."),
        (0, "PN", "The fake Port Hallam shark photo was first posted by an account based abroad."),
        (0, "AS", "Posts shared widely online claimed to show a shark in a flooded street in Port Hallam."),
    ],
)

story(
    "averill-fake-interview",
    "sports",
    [
        (
            "Striker Jonas Averill has denied telling a magazine that he wanted to leave Farnley United at the end of "
            "the "
            "season. A quote attributed to him was widely shared on Thursday, but the magazine, Pitchside, said it had "
            "never interviewed the player and that the page circulating online was not from any of its editions."
        ),
    ],
    [
        (0, "DS", "Jonas Averill denied saying that he wanted to leave Farnley United at the end of the season."),
        (0, "AC", "Jonas Averill told Pitchside magazine that he wanted to leave Farnley United."),
        (0, "AS", "Pitchside magazine said it had never interviewed Farnley United striker Jonas Averill."),
        (
            0,
            "FD",
            "Pitchside magazine published an interview in which Jonas Averill said he wanted to leave Farnley United.",
        ),
        (0, "AC", "Pitchside magazine said it had interviewed Jonas Averill about his future at Farnley United."),
        (0, "PN", "Jonas Averill's contract with Farnley United runs until 2026."),
        (
            0,
            "PS",
            "A page attributed to Pitchside that circulated online did not come from any edition of the magazine.",
        ),
        (0, "AN", "Farnley United's manager said Jonas Averill wanted to stay at the club."),
    ],
)

story(
    "flu-vaccine-supply-dispute",
    "health",
    [
        (
            "The national health agency said on Tuesday it had distributed 2.1 million flu vaccine doses to clinics "
            "since "
            "October, enough to meet demand. Opposition health spokesperson Carl Lindgren claimed that clinics in at "
            "least "
            "five regions had run out, but did not name them. The agency said its stock monitoring showed every clinic "
            "in "
            "the country still had doses on hand."
        ),
    ],
    [
        (
            0,
            "AS",
            (
                "Opposition spokesperson Carl Lindgren claimed that clinics in at least five regions had run out of "
                "flu "
                "vaccine."
            ),
        ),
        (0, "FD", "Clinics in at least five regions have run out of flu vaccine."),
        (0, "AS", "The national health agency said it had distributed 2.1 million flu vaccine doses since October."),
        (0, "NUM", "The national health agency said it had distributed 1.2 million flu vaccine doses since October."),
        (0, "DATE", "The national health agency said it had distributed 2.1 million flu vaccine doses since August."),
        (0, "AN", "The health minister said clinics in five regions had run out of flu vaccine."),
        (0, "DS", "The national health agency disputed claims that clinics had run out of flu vaccine."),
        (0, "PN", "Demand for flu vaccines this season is higher than last year."),
    ],
)

story(
    "dunmore-valley-wildfire",
    "disaster",
    [
        (
            "A wildfire in the hills above Dunmore Valley had burned about 3,400 hectares by Monday evening and was 20 "
            "percent contained, the state fire service said. Around 1,500 residents of three villages were ordered to "
            "leave their homes. A fire service spokesperson said investigators believed the blaze had been started by "
            "sparks from farm machinery."
        ),
        (
            "The state highways agency closed a 40-kilometre stretch of Route 9 through Dunmore Valley on Monday "
            "because "
            "of smoke and falling debris, and said it did not expect to reopen the road before Thursday. Drivers were "
            "advised to use the coastal highway instead."
        ),
    ],
    [
        (0, "PS", "The Dunmore Valley wildfire had scorched roughly 3,400 hectares by Monday evening."),
        (0, "NUM", "The Dunmore Valley wildfire was 80 percent contained by Monday evening."),
        (0, "NUM", "About 15,000 residents were ordered to leave their homes because of the Dunmore Valley wildfire."),
        (
            0,
            "AS",
            (
                "The state fire service said investigators believed sparks from farm machinery started the Dunmore "
                "Valley "
                "fire."
            ),
        ),
        (0, "FC", "Sparks from farm machinery started the wildfire above Dunmore Valley."),
        (0, "AC", "The state fire service said the Dunmore Valley wildfire had been started deliberately."),
        (0, "PN", "Two firefighters were injured battling the Dunmore Valley wildfire."),
        (
            1,
            "RN",
            "Around 1,500 residents of three villages were ordered to evacuate because of the Dunmore Valley wildfire.",
        ),
        (1, "PS", "Route 9 through Dunmore Valley was shut because of wildfire smoke and falling debris."),
        (1, "DATE", "The highways agency expected to reopen Route 9 through Dunmore Valley on Tuesday."),
    ],
)
