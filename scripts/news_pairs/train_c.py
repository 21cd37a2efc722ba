from common import split, story

split("train")

story(
    "ardena-earthquake",
    "disaster",
    [
        (
            "An earthquake of magnitude 5.8 struck near the town of Ardena early on Sunday, the national seismological "
            "institute said, revising down its initial estimate of 6.1. Local authorities said 23 people were treated "
            "for "
            "minor injuries and several older buildings were damaged, but no one was killed."
        ),
    ],
    [
        (0, "AS", "The national seismological institute measured the Ardena earthquake at magnitude 5.8."),
        (0, "AC", "The seismological institute's revised estimate put the Ardena earthquake at magnitude 6.1."),
        (0, "AS", "The seismological institute initially estimated the Ardena earthquake at magnitude 6.1."),
        (0, "NEG", "Several people were killed in Sunday's earthquake near Ardena."),
        (0, "NUM", "Local authorities said 32 people were treated for minor injuries after the Ardena earthquake."),
        (0, "PN", "The Ardena earthquake was followed by more than 40 aftershocks."),
        (0, "PS", "Around two dozen people suffered minor injuries in Sunday's earthquake near Ardena."),
        (0, "DATE", "An earthquake struck near the town of Ardena late on Sunday evening."),
    ],
)

story(
    "karsten-pass-bus-crash",
    "transport",
    [
        (
            "Nine people were killed and 17 injured when a tourist bus left the road on the Karsten Pass on Friday, "
            "regional police said. The drivers' union said the driver had worked 14 hours without a break, a claim the "
            "bus "
            "operator, Alpenroute Tours, has not addressed. Police said the cause of the crash was under investigation."
        ),
    ],
    [
        (0, "PS", "A tourist bus crash on the Karsten Pass killed nine people and injured 17."),
        (
            0,
            "AS",
            "The drivers' union said the driver in the Karsten Pass bus crash had worked 14 hours without a break.",
        ),
        (0, "FC", "The driver of the bus that crashed on the Karsten Pass had worked 14 hours without a break."),
        (0, "AC", "Regional police said driver fatigue caused the Karsten Pass bus crash."),
        (0, "NUM", "Nineteen people were killed when a tourist bus left the road on the Karsten Pass."),
        (
            0,
            "AC",
            (
                "Alpenroute Tours denied that its driver had worked 14 hours without a break before the Karsten Pass "
                "crash."
            ),
        ),
        (0, "PN", "The bus that crashed on the Karsten Pass was carrying tourists from Japan."),
        (0, "DATE", "The tourist bus crash on the Karsten Pass happened on Tuesday."),
    ],
)

story(
    "ridgeway-police-shooting",
    "police",
    [
        (
            "Ridgeway police said on Wednesday that the man shot by officers on Monday night had pointed a handgun at "
            "them. Lawyers for the family of Darnell Pike said he had been unarmed. Police released body-camera "
            "footage "
            "late on Wednesday that shows Pike holding what investigators said was a handgun, which was later "
            "recovered at "
            "the scene."
        ),
    ],
    [
        (0, "AS", "Lawyers for Darnell Pike's family said he was unarmed when Ridgeway police shot him."),
        (0, "FD", "Darnell Pike was unarmed when he was shot by Ridgeway police officers."),
        (0, "AS", "Ridgeway police said Darnell Pike pointed a handgun at officers before he was shot."),
        (0, "PS", "Ridgeway police made public body-camera footage of the shooting of Darnell Pike."),
        (0, "AN", "Ridgeway's mayor said body-camera footage showed Darnell Pike holding a handgun."),
        (0, "DATE", "Ridgeway police officers shot Darnell Pike on Saturday night."),
        (0, "PN", "The officer who shot Darnell Pike has been placed on administrative leave."),
        (0, "AC", "Lawyers for Darnell Pike's family said he had been carrying a handgun."),
    ],
)

story(
    "kallisto-exoplanet-water",
    "science",
    [
        (
            "Astronomers at the Kallisto Observatory said on Thursday they had detected water vapour in the atmosphere "
            "of "
            "an exoplanet about 120 light years from Earth. The planet, roughly twice the size of Earth, orbits a red "
            "dwarf star every 33 days. The team cautioned that the finding still needs confirmation by other "
            "telescopes "
            "and said it did not indicate the planet could host life."
        ),
    ],
    [
        (
            0,
            "AS",
            (
                "Astronomers at the Kallisto Observatory said they had detected water vapour on an exoplanet about 120 "
                "light years away."
            ),
        ),
        (0, "NUM", "The exoplanet studied by the Kallisto Observatory orbits its star every 13 days."),
        (0, "AC", "The Kallisto Observatory team said the exoplanet was likely to host life."),
        (0, "PS", "The exoplanet where Kallisto astronomers detected water vapour is about double the size of Earth."),
        (0, "ENT", "The exoplanet where Kallisto astronomers found water vapour orbits a white dwarf star."),
        (0, "PN", "The Kallisto Observatory's water vapour findings were published in a peer-reviewed journal."),
        (0, "AS", "The Kallisto team said its water vapour finding still needed confirmation from other telescopes."),
        (
            0,
            "NUM",
            "The exoplanet where Kallisto astronomers detected water vapour is about 1,200 light years from Earth.",
        ),
    ],
)

story(
    "whitlow-coin-hoard",
    "science",
    [
        (
            "A hoard of 312 Roman silver coins was found by a farmer ploughing a field near Whitlow, the county museum "
            "said on Tuesday. Curators said the coins were buried around 2,000 years ago. The farmer, who asked not to "
            "be "
            "named, will share any reward with the landowner under national treasure rules."
        ),
    ],
    [
        (0, "PS", "More than 300 Roman silver coins were discovered in a field near Whitlow."),
        (0, "NUM", "A hoard of 132 Roman silver coins was found near Whitlow."),
        (0, "ENT", "The Roman coins found in a field near Whitlow were made of gold."),
        (0, "AS", "County museum curators said the Whitlow coins were buried about 2,000 years ago."),
        (0, "ENT", "The Whitlow coin hoard was found by a metal detectorist searching the field."),
        (0, "PN", "The Whitlow coin hoard is valued at about 100,000 euros."),
        (0, "AN", "The owner of the land near Whitlow said the coins were buried about 2,000 years ago."),
        (0, "PS", "The farmer who found the Whitlow hoard will split any reward with the landowner."),
    ],
)

story(
    "calverton-hosepipe-ban",
    "environment",
    [
        (
            "Households in the Calverton region will be banned from using hosepipes from 1 July after the driest "
            "spring in "
            "60 years, the regional water company announced. Reservoir levels stood at 48 percent of capacity, against "
            "an "
            "average of 81 percent for the time of year, the company said. Farmers' groups said the restrictions "
            "should "
            "also apply to golf courses, which are currently exempt."
        ),
    ],
    [
        (0, "PS", "A hosepipe ban will take effect in the Calverton region from 1 July."),
        (0, "DATE", "A hosepipe ban in the Calverton region will start on 1 August."),
        (0, "AC", "The Calverton water company said its reservoirs were at 84 percent of capacity."),
        (0, "AS", "The Calverton water company said reservoir levels had fallen to 48 percent of capacity."),
        (0, "NEG", "Golf courses in the Calverton region are covered by the hosepipe ban."),
        (0, "AS", "Farmers' groups said golf courses in the Calverton region should be included in the hosepipe ban."),
        (0, "PN", "People breaking the Calverton hosepipe ban face fines of up to 1,000 euros."),
        (0, "PS", "The Calverton region has just had its driest spring in six decades."),
    ],
)

story(
    "rail-drivers-strike",
    "labour",
    [
        (
            "Train drivers belonging to the Rail Workers' Alliance will strike for 24 hours on 12 March, the union "
            "said, "
            "after talks over pay broke down. National operator Trelline said it expected to run about one in five of "
            "its "
            "usual services. The transport ministry called the strike 'unjustified' and urged both sides to return to "
            "talks."
        ),
    ],
    [
        (0, "PS", "The Rail Workers' Alliance announced a 24-hour train drivers' strike on 12 March."),
        (0, "DATE", "Rail Workers' Alliance train drivers will strike on 21 March after pay talks broke down."),
        (
            0,
            "AS",
            "Trelline said it expected to run about 20 percent of its normal services during the drivers' strike.",
        ),
        (0, "AC", "Trelline said it would run half of its usual services during the train drivers' strike."),
        (0, "AS", "The transport ministry described the train drivers' strike as unjustified."),
        (0, "AC", "The transport ministry said it backed the train drivers' decision to strike."),
        (0, "PN", "The Rail Workers' Alliance is seeking a 9 percent pay increase for train drivers."),
        (0, "NUM", "Rail Workers' Alliance train drivers will strike for 48 hours in March."),
    ],
)

story(
    "st-brennans-ransomware",
    "tech",
    [
        (
            "St. Brennan's Hospital in Larkfield has diverted ambulances to nearby hospitals since Saturday after a "
            "ransomware attack disabled its patient record systems, the regional health board said. A criminal group "
            "posted on a leak website that it had stolen data on 400,000 patients. The health board said it had so far "
            "found no evidence that patient data had been taken."
        ),
    ],
    [
        (0, "PS", "A ransomware attack knocked out patient record systems at St. Brennan's Hospital in Larkfield."),
        (0, "AS", "A criminal group claimed it had stolen data on 400,000 St. Brennan's Hospital patients."),
        (0, "FC", "Data on 400,000 patients was stolen in the ransomware attack on St. Brennan's Hospital."),
        (0, "AC", "The regional health board confirmed that patient data had been stolen from St. Brennan's Hospital."),
        (
            0,
            "DATE",
            "St. Brennan's Hospital has been diverting ambulances since Thursday because of a ransomware attack.",
        ),
        (0, "NEG", "St. Brennan's Hospital kept accepting ambulances after the ransomware attack."),
        (0, "AC", "A criminal group claimed to have stolen data on 40,000 St. Brennan's Hospital patients."),
        (0, "PN", "The hackers behind the St. Brennan's Hospital attack demanded a ransom of two million dollars."),
    ],
)

story(
    "marlo-finch-data-breach",
    "tech",
    [
        (
            "Fashion retailer Marlo & Finch said on Friday that personal details of about 2.3 million online "
            "customers, "
            "including names, email addresses and delivery addresses, were accessed by hackers in September. The "
            "company "
            "said payment card information was stored separately and was not affected. It has notified the data "
            "protection "
            "regulator."
        ),
    ],
    [
        (0, "PS", "Hackers got access to personal details of around 2.3 million Marlo & Finch online customers."),
        (0, "FD", "Payment card details of Marlo & Finch customers were exposed in the September data breach."),
        (0, "DATE", "Hackers accessed Marlo & Finch customer data in November."),
        (0, "AS", "Marlo & Finch said payment card information was not affected by the data breach."),
        (0, "NUM", "The Marlo & Finch data breach affected about 230,000 online customers."),
        (0, "AN", "The data protection regulator said Marlo & Finch had reported the breach to it."),
        (0, "PN", "Marlo & Finch discovered the breach after customers reported receiving phishing emails."),
        (0, "PS", "Names and email addresses were among the Marlo & Finch customer data accessed by hackers."),
    ],
)

story(
    "norvena-calvaria-expulsion",
    "diplomacy",
    [
        (
            "Norvena expelled two diplomats from Calvaria's embassy on Tuesday, accusing them of activities "
            "incompatible "
            "with their status, the Norvenan foreign ministry said. Calvaria's foreign ministry denied the accusation "
            "and "
            "said it would respond 'proportionately'. The two diplomats were given 72 hours to leave the country."
        ),
    ],
    [
        (0, "PS", "Norvena gave two Calvarian diplomats 72 hours to leave the country."),
        (
            0,
            "AS",
            "Norvena's foreign ministry accused two Calvarian diplomats of activities incompatible with their status.",
        ),
        (0, "DS", "Calvaria's foreign ministry rejected Norvena's accusation against its two diplomats."),
        (0, "ENT", "Calvaria expelled two diplomats from Norvena's embassy on Tuesday."),
        (0, "NUM", "Norvena expelled four diplomats from Calvaria's embassy on Tuesday."),
        (0, "AC", "Calvaria's foreign ministry said it would not respond to the expulsion of its diplomats."),
        (
            0,
            "FC",
            "Two Calvarian diplomats engaged in activities incompatible with their diplomatic status in Norvena.",
        ),
        (
            0,
            "PN",
            (
                "The Calvarian diplomats expelled by Norvena were accused of recruiting government officials as "
                "informants."
            ),
        ),
    ],
)
