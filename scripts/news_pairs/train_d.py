from common import split, story

split("train")

story(
    "hollin-ridge-mine-rescue",
    "disaster",
    [
        (
            "Rescuers reached 11 miners trapped for two days by a roof collapse at the Hollin Ridge coal mine on "
            "Thursday, "
            "and all of them were brought to the surface alive, the mine's operator said. Two of the men were taken to "
            "hospital with broken bones. The labour inspectorate said it had opened an investigation into the collapse."
        ),
    ],
    [
        (0, "PS", "All 11 miners trapped by the roof collapse at Hollin Ridge were rescued alive."),
        (0, "Q", "Only some of the 11 miners trapped at the Hollin Ridge coal mine survived."),
        (0, "NUM", "Rescuers reached 14 miners trapped by a roof collapse at the Hollin Ridge mine."),
        (0, "AS", "The labour inspectorate said it was investigating the roof collapse at the Hollin Ridge mine."),
        (0, "NUM", "The Hollin Ridge miners were trapped underground for five days before being rescued."),
        (0, "PN", "The Hollin Ridge mine had been fined for safety violations last year."),
        (0, "Q", "Most of the rescued Hollin Ridge miners were taken to hospital with broken bones."),
        (0, "AN", "The miners' union said 11 workers had been trapped at the Hollin Ridge mine."),
    ],
)

story(
    "dressel-diesel-spill",
    "environment",
    [
        (
            "A tanker truck overturned on the A41 near Dressel on Sunday, spilling about 8,000 litres of diesel, some "
            "of "
            "which reached the River Mire, the environment agency said. The agency said it had placed booms on the "
            "river "
            "and advised anglers to avoid a 5-kilometre stretch downstream. The haulage company, Brenn Logistics, said "
            "its "
            "driver had swerved to avoid a deer."
        ),
    ],
    [
        (0, "PS", "Around 8,000 litres of diesel spilled after a tanker overturned near Dressel."),
        (0, "AS", "Brenn Logistics said its driver swerved to avoid a deer before the tanker overturned near Dressel."),
        (0, "FC", "The tanker that spilled diesel near Dressel overturned because its driver swerved to avoid a deer."),
        (0, "NUM", "The environment agency told anglers to avoid a 15-kilometre stretch of the River Mire."),
        (0, "ENT", "The tanker that overturned near Dressel spilled petrol into the River Mire."),
        (0, "AN", "Police said the Brenn Logistics driver had swerved to avoid a deer near Dressel."),
        (0, "PN", "Dead fish have been found along the River Mire after the diesel spill near Dressel."),
        (0, "NEG", "None of the diesel spilled near Dressel reached the River Mire."),
    ],
)

story(
    "orrin-wedding-salmonella",
    "health",
    [
        (
            "More than 60 guests at a wedding in the village of Orrin fell ill with food poisoning last weekend, and "
            "four "
            "remain in hospital, the district health office said on Monday. Tests confirmed salmonella in leftover "
            "chicken "
            "from the caterer, the office said. The caterer, Golden Table, said it was cooperating fully and had "
            "suspended "
            "operations."
        ),
    ],
    [
        (0, "PS", "Over 60 people became sick with food poisoning after a wedding in Orrin."),
        (0, "NUM", "Fourteen guests from the Orrin wedding remain in hospital with food poisoning."),
        (
            0,
            "AS",
            (
                "The district health office said tests confirmed salmonella in chicken served by the Orrin wedding "
                "caterer."
            ),
        ),
        (0, "ENT", "Tests found listeria in leftover food from the wedding in Orrin."),
        (0, "AS", "Golden Table said it had suspended operations after the food poisoning at the Orrin wedding."),
        (
            0,
            "AC",
            "Golden Table said it would not cooperate with the investigation into the Orrin wedding food poisoning.",
        ),
        (0, "PN", "Golden Table passed a hygiene inspection three months before the Orrin wedding."),
        (0, "AN", "Hospital doctors said four guests from the Orrin wedding were still being treated."),
    ],
)

story(
    "minimum-wage-rise",
    "politics",
    [
        (
            "The government will raise the national minimum wage by 7.5 percent to 13.40 an hour from 1 April, Labour "
            "Minister Ines Carvalho announced on Wednesday. Employers' groups warned the rise could cost jobs in "
            "hospitality, while unions said it did not go far enough. About 1.9 million workers will benefit, "
            "according to "
            "ministry estimates."
        ),
    ],
    [
        (0, "AS", "Labour Minister Ines Carvalho announced a 7.5 percent rise in the national minimum wage."),
        (0, "NUM", "The national minimum wage will rise by 5.7 percent from 1 April."),
        (0, "DATE", "The higher national minimum wage announced by Ines Carvalho takes effect on 1 January."),
        (0, "AS", "Unions said the 7.5 percent minimum wage increase did not go far enough."),
        (0, "AC", "Employers' groups welcomed the minimum wage rise as good for hospitality jobs."),
        (0, "PS", "Ministry estimates say around 1.9 million workers will benefit from the minimum wage increase."),
        (0, "AN", "The finance minister warned that the minimum wage rise could cost jobs in hospitality."),
        (0, "PN", "The new minimum wage level will be reviewed again after six months."),
    ],
)

story(
    "central-bank-hold",
    "business",
    [
        (
            "The central bank held its main interest rate at 4.25 percent on Thursday, its third pause in a row, and "
            "said "
            "inflation was falling more slowly than expected. Governor Helena Marsh told reporters a cut before the "
            "summer "
            "was 'unlikely'. Two of the seven members of the rate-setting committee voted for a quarter-point cut."
        ),
    ],
    [
        (0, "PS", "The central bank left its key interest rate unchanged at 4.25 percent."),
        (0, "NEG", "The central bank cut its main interest rate on Thursday."),
        (0, "AS", "Governor Helena Marsh said an interest rate cut before the summer was unlikely."),
        (0, "AC", "Governor Helena Marsh said the central bank would probably cut rates before the summer."),
        (0, "Q", "The central bank's rate-setting committee voted unanimously to keep rates on hold."),
        (0, "NUM", "Four of the seven members of the central bank's rate-setting committee voted for a cut."),
        (0, "PN", "The central bank expects inflation to return to its 2 percent target next year."),
        (0, "PS", "It was the third meeting in a row at which the central bank kept rates unchanged."),
    ],
)

story(
    "torvik-airbag-recall",
    "business",
    [
        (
            "Torvik Motors is recalling 48,000 cars in Europe because the passenger airbag may fail to deploy in a "
            "crash, "
            "the carmaker said on Tuesday. The recall covers the Sola hatchback built between March 2021 and June "
            "2022. "
            "Torvik said it knew of no accidents or injuries linked to the fault."
        ),
    ],
    [
        (0, "PS", "Torvik Motors is recalling tens of thousands of cars in Europe over a passenger airbag fault."),
        (0, "NUM", "Torvik Motors is recalling 84,000 Sola hatchbacks because of an airbag fault."),
        (0, "DATE", "The Torvik recall covers Sola hatchbacks built between March 2019 and June 2020."),
        (0, "ENT", "Torvik is recalling Sola hatchbacks because the driver's airbag may not deploy in a crash."),
        (0, "AS", "Torvik Motors said it was not aware of any accidents linked to the Sola airbag fault."),
        (0, "PN", "Torvik Motors will repair the recalled Sola hatchbacks free of charge."),
        (0, "AN", "Europe's vehicle safety regulator said the Torvik airbag fault had caused no injuries."),
        (0, "PLACE", "Torvik Motors is recalling 48,000 Sola hatchbacks sold in North America."),
    ],
)

story(
    "pira-x5-overheating",
    "tech",
    [
        (
            "Consumer authorities in three countries are examining reports that the Pira X5 smartphone overheated and "
            "caught fire while charging. Manufacturer Lumeo said it had received 14 such reports worldwide and that "
            "its "
            "own tests had not found a defect in the battery. Lumeo said it was not planning a recall."
        ),
    ],
    [
        (0, "AS", "Lumeo said it had received 14 reports worldwide of Pira X5 phones overheating or catching fire."),
        (0, "AC", "Lumeo said its tests had found a defect in the Pira X5 battery."),
        (0, "NEG", "Lumeo has announced a recall of its Pira X5 smartphone."),
        (0, "AS", "Lumeo said its tests found no battery defect in the Pira X5."),
        (0, "NUM", "Consumer authorities in five countries are examining reports of Pira X5 phones catching fire."),
        (0, "PN", "One of the Pira X5 fires badly damaged a family home."),
        (0, "AN", "Consumer authorities said Lumeo had received 14 reports of overheating Pira X5 phones."),
        (0, "PS", "Lumeo said it had no plans to recall the Pira X5 despite reports of phones catching fire."),
    ],
)

story(
    "kallby-tuition-protest",
    "education",
    [
        (
            "Several thousand students marched to the education ministry in Kallby on Friday to protest against a plan "
            "to "
            "double annual university tuition fees to 2,400 euros. Police said 11 people were detained after a group "
            "threw "
            "paint at the ministry building. Education Minister Jorg Halvorsen said the plan would go ahead but that "
            "grants for low-income students would rise."
        ),
    ],
    [
        (0, "PS", "Thousands of students protested in Kallby against plans to double university tuition fees."),
        (0, "NUM", "The government plan would raise annual university tuition fees to 4,200 euros."),
        (0, "AS", "Police said 11 people were detained during the student protest in Kallby."),
        (0, "AC", "Education Minister Jorg Halvorsen said the tuition fee plan would be dropped."),
        (0, "AS", "Jorg Halvorsen said grants for low-income students would increase."),
        (0, "NUM", "The government plans to triple annual university tuition fees."),
        (0, "PN", "The higher tuition fees would take effect at the start of the next academic year."),
        (0, "AN", "Student union leaders said 11 protesters had been detained in Kallby."),
    ],
)

story(
    "pravexin-approval",
    "health",
    [
        (
            "The national medicines regulator approved Helixa Bio's migraine drug Pravexin on Monday for adults who "
            "have "
            "not responded to at least two other treatments. In the main trial, patients on the drug had an average of "
            "4.1 "
            "fewer migraine days per month, compared with 2.3 fewer on placebo, the regulator said. The most common "
            "side "
            "effect was nausea."
        ),
    ],
    [
        (
            0,
            "PS",
            (
                "The medicines regulator cleared Helixa Bio's Pravexin for adults whose migraines did not respond to "
                "at "
                "least two other treatments."
            ),
        ),
        (0, "Q", "Pravexin was approved for all adults with migraine."),
        (0, "NUM", "Patients taking Pravexin had 1.4 fewer migraine days per month on average in the main trial."),
        (0, "PS", "Nausea was the most frequently reported side effect of Pravexin."),
        (0, "ENT", "The most common side effect of Helixa Bio's migraine drug Pravexin was dizziness."),
        (0, "NEG", "The national medicines regulator rejected Helixa Bio's application for Pravexin."),
        (0, "PN", "Pravexin will cost patients about 600 euros per month."),
        (0, "AN", "Helixa Bio's chief executive said Pravexin cut migraine days by 4.1 per month."),
    ],
)

story(
    "carden-measles-outbreak",
    "health",
    [
        (
            "Health officials in Carden County have confirmed 27 cases of measles since early February, most of them "
            "in "
            "unvaccinated children, the county health department said on Friday. The department said it was offering "
            "free "
            "vaccination clinics at four schools. A local parents' group claimed the outbreak began at a children's "
            "hospital, but the department said its investigation had found no link to the hospital."
        ),
    ],
    [
        (0, "PS", "Carden County has confirmed 27 measles cases since early February."),
        (0, "Q", "Only a few of Carden County's measles cases involved unvaccinated children."),
        (0, "AS", "A parents' group claimed the Carden County measles outbreak started at a children's hospital."),
        (0, "FD", "The Carden County measles outbreak began at a children's hospital."),
        (0, "AC", "The Carden County health department said the measles outbreak began at a children's hospital."),
        (0, "NUM", "Carden County's health department is offering free vaccination clinics at 14 schools."),
        (0, "PN", "Two children with measles in Carden County have been admitted to intensive care."),
        (0, "DATE", "Carden County has recorded 27 measles cases since early December."),
    ],
)
