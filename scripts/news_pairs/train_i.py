from common import split, story

split("train")

story(
    "kessbury-chlorine-claim",
    "environment",
    [
        (
            "Residents' group Clean Air Kessbury said on Monday that the Varnett Chemicals plant had released a cloud "
            "of "
            "chlorine gas overnight, sending dozens of people to hospital. The regional environment agency said its "
            "three "
            "air monitors near the plant had recorded no rise in chlorine levels, and Kessbury's hospital said it had "
            "treated no one for gas exposure."
        ),
    ],
    [
        (
            0,
            "AS",
            "Clean Air Kessbury said the Varnett Chemicals plant had released a cloud of chlorine gas overnight.",
        ),
        (0, "FD", "The Varnett Chemicals plant released a cloud of chlorine gas over Kessbury overnight."),
        (0, "FD", "Dozens of Kessbury residents were taken to hospital after a chlorine release at the Varnett plant."),
        (
            0,
            "AS",
            (
                "The regional environment agency said its monitors near the Varnett plant recorded no rise in chlorine "
                "levels."
            ),
        ),
        (0, "DS", "Kessbury's hospital contradicted claims that residents had been treated for chlorine exposure."),
        (
            0,
            "AC",
            "The regional environment agency said its monitors detected elevated chlorine near the Varnett plant.",
        ),
        (0, "AN", "Varnett Chemicals denied that any chlorine had been released from its Kessbury plant."),
        (0, "AC", "Clean Air Kessbury said the alleged chlorine release sent hundreds of people to hospital."),
    ],
)

story(
    "varga-hunger-strike",
    "courts",
    [
        (
            "The family of jailed journalist Emil Varga said on Thursday that he had been on hunger strike for 23 days "
            "in "
            "Kessel prison in protest at his conviction. The prison service did not respond to requests for comment, "
            "and "
            "the claim could not be independently verified. Varga was sentenced in March to four years for publishing "
            "classified documents."
        ),
    ],
    [
        (0, "AS", "Emil Varga's family said the jailed journalist had been on hunger strike for 23 days."),
        (0, "FC", "Jailed journalist Emil Varga has been on hunger strike for 23 days in Kessel prison."),
        (0, "AC", "The prison service confirmed that Emil Varga had been on hunger strike for 23 days."),
        (0, "PS", "Emil Varga was given a four-year prison sentence in March for publishing classified documents."),
        (0, "NUM", "Emil Varga was sentenced to 14 years in prison for publishing classified documents."),
        (0, "DATE", "Journalist Emil Varga was sentenced in May to four years in prison."),
        (0, "AN", "Emil Varga's lawyer said the journalist was refusing food in protest at his conviction."),
        (0, "PN", "Emil Varga has lost more than 10 kilograms during his hunger strike."),
    ],
)

story(
    "oberfeld-cardiac-wing-claim",
    "health",
    [
        (
            "Mayor Dragan Petrov told supporters on Saturday that the new cardiac wing at Oberfeld Hospital had "
            "'already "
            "treated hundreds of patients'. The regional health ministry said the wing had not yet received an "
            "operating "
            "licence and that its records showed no patients had been admitted there. Petrov's office later said the "
            "mayor "
            "had been referring to outpatient check-ups in a neighbouring building."
        ),
    ],
    [
        (
            0,
            "AS",
            (
                "Mayor Dragan Petrov said the new cardiac wing at Oberfeld Hospital had already treated hundreds of "
                "patients."
            ),
        ),
        (0, "FD", "The new cardiac wing at Oberfeld Hospital has already treated hundreds of patients."),
        (
            0,
            "AS",
            (
                "The regional health ministry said Oberfeld Hospital's new cardiac wing had not yet been licensed to "
                "operate."
            ),
        ),
        (0, "FD", "Oberfeld Hospital's new cardiac wing has received its operating licence."),
        (
            0,
            "AC",
            "The regional health ministry said hundreds of patients had been admitted to the Oberfeld cardiac wing.",
        ),
        (
            0,
            "AS",
            (
                "Dragan Petrov's office said the mayor had been referring to outpatient check-ups in a neighbouring "
                "building."
            ),
        ),
        (0, "AN", "Oberfeld Hospital's director said the new cardiac wing had not admitted any patients yet."),
        (0, "PN", "The new cardiac wing at Oberfeld Hospital cost 42 million euros to build."),
    ],
)

story(
    "purova-filter-test",
    "business",
    [
        (
            "Household goods maker Purova says in its advertising that its Aqua+ filter jug removes 99 percent of "
            "microplastics from tap water. Tests published on Wednesday by the consumer association Testwise found the "
            "jug "
            "removed between 55 and 62 percent across five samples. Purova said it stood by its own laboratory results "
            "and "
            "would ask Testwise to share its methods."
        ),
    ],
    [
        (0, "AS", "Purova advertises that its Aqua+ filter jug removes 99 percent of microplastics from tap water."),
        (0, "FD", "Purova's Aqua+ filter jug removes 99 percent of microplastics from tap water."),
        (0, "PS", "Testwise found that the Purova Aqua+ jug removed between 55 and 62 percent of microplastics."),
        (0, "AS", "Purova said it stood by its own laboratory results for the Aqua+ filter jug."),
        (0, "AC", "Purova accepted the Testwise findings on its Aqua+ filter jug."),
        (0, "NUM", "Testwise tested the Purova Aqua+ jug on 15 water samples."),
        (0, "AN", "A government food safety agency said the Aqua+ jug removed about 60 percent of microplastics."),
        (0, "PN", "Purova's Aqua+ filter jug sells for about 35 euros."),
        (
            0,
            "PS",
            "In consumer tests, the Aqua+ jug removed far fewer microplastics than the 99 percent Purova advertises.",
        ),
    ],
)

story(
    "lenner-dam-rumour",
    "disaster",
    [
        (
            "Posts shared widely on Sunday claimed that the Lenner dam had burst and that the town of Aldbrook was "
            "about "
            "to be flooded. The regional water board said the dam was intact and released drone footage taken that "
            "afternoon showing the structure undamaged. Police in Aldbrook said they had received hundreds of calls "
            "from "
            "worried residents but had not ordered any evacuation."
        ),
    ],
    [
        (0, "AS", "Posts on social media claimed that the Lenner dam had burst and Aldbrook would be flooded."),
        (0, "FD", "The Lenner dam burst on Sunday, putting the town of Aldbrook at risk of flooding."),
        (0, "DS", "The regional water board denied that the Lenner dam had burst."),
        (
            0,
            "PS",
            "Drone footage released by the regional water board showed the Lenner dam undamaged on Sunday afternoon.",
        ),
        (0, "NEG", "Police in Aldbrook ordered residents to evacuate after reports that the Lenner dam had burst."),
        (
            0,
            "AS",
            "Aldbrook police said they had received hundreds of calls from worried residents about the Lenner dam.",
        ),
        (0, "AN", "Aldbrook's mayor said the Lenner dam was intact."),
        (0, "PN", "The false posts about the Lenner dam were spread by automated accounts."),
    ],
)
