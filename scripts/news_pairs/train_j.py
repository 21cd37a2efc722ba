"""30 more training stories (270 pairs, written in session 10), NOT in the build (``build.py``'s MODULES).

Measured 2026-11-29: with them in ``news_pairs.jsonl`` (1,069 rows instead of 769), the verifier
retrained with the shipped recipe (``workbench models train-verifier``, 1,318 s) scored the same on
the validation claims as the shipped one (5-fold CV averaged over 5 fold seeds: macro-F1 0.590 vs
0.591, accuracy 0.608 vs 0.610; news claims 0.668 vs 0.677), so it was not shipped and the held-out
suites were not run. Kept for a larger model or a later recipe: add "train_j" to MODULES to use them.
"""

from common import split, story

split("train")

story(
    "pellingford-river-fish-kill",
    "environment",
    [
        (
            "Hundreds of dead fish were found along a four-kilometre stretch of the River Ketter near Pellingford on "
            "Sunday, the regional environment office said. A local anglers' club blamed a discharge from the Ostmann "
            "paper mill upstream. The environment office said water samples taken at the mill's outlet and downstream "
            "showed no pollutants above normal levels, and that low oxygen after the heatwave was the likely cause."
        ),
    ],
    [
        (0, "PS", "Hundreds of dead fish were found along a stretch of the River Ketter near Pellingford."),
        (0, "AS", "A Pellingford anglers' club blamed a discharge from the Ostmann paper mill for the dead fish."),
        (0, "FD", "A discharge from the Ostmann paper mill killed hundreds of fish in the River Ketter."),
        (
            0,
            "AS",
            "The regional environment office said low oxygen after a heatwave probably killed the River Ketter fish.",
        ),
        (
            0,
            "AC",
            (
                "The regional environment office said samples from the Ostmann paper mill's outlet showed high "
                "pollutant levels."
            ),
        ),
        (0, "NUM", "Dead fish were found along a 14-kilometre stretch of the River Ketter near Pellingford."),
        (0, "AN", "The Ostmann paper mill said its discharges into the River Ketter were within normal levels."),
        (0, "PN", "The Pellingford anglers' club plans to sue the Ostmann paper mill over the dead fish."),
        (0, "DATE", "The dead fish in the River Ketter near Pellingford were found on Friday."),
    ],
)

story(
    "brisco-clinic-knee-infusion",
    "health",
    [
        (
            "The Brisco private clinic in Ardhaven advertises that its vitamin infusion reverses knee arthritis within "
            "six weeks. The national medicines regulator said on Thursday that the only trial the clinic cited had "
            "found no difference between the infusion and a saline drip, and it ordered the adverts to be removed. The "
            "clinic's owner, Ilse Vasko, said she would appeal."
        ),
    ],
    [
        (0, "AS", "The Brisco clinic claims that its vitamin infusion reverses knee arthritis within six weeks."),
        (0, "FD", "The Brisco clinic's vitamin infusion reverses knee arthritis within six weeks."),
        (0, "PS", "A trial cited by the Brisco clinic found its vitamin infusion worked no better than a saline drip."),
        (0, "PS", "The national medicines regulator ordered the Brisco clinic's infusion adverts to be taken down."),
        (0, "AS", "Ilse Vasko, the owner of the Brisco clinic, said she would appeal the regulator's decision."),
        (0, "AC", "Ilse Vasko said she would accept the regulator's order to remove the Brisco clinic's adverts."),
        (0, "NUM", "The Brisco clinic advertises that its infusion reverses knee arthritis within 16 weeks."),
        (0, "AN", "Ardhaven's health board said the Brisco clinic's vitamin infusion had no effect on knee arthritis."),
        (0, "PN", "The Brisco clinic charges patients 300 euros for each vitamin infusion."),
        (0, "PLACE", "The Brisco private clinic that advertises a knee arthritis infusion is in Dunlow."),
    ],
)

story(
    "fennick-freight-sensor-lawsuit",
    "courts",
    [
        (
            "A former warehouse worker has sued the logistics firm Fennick Freight, alleging that managers at its "
            "Marrick depot disabled safety sensors on conveyor belts to speed up work. The lawsuit, filed on Tuesday "
            "at the Marrick district court, seeks 250,000 euros in damages for a hand injury. Fennick Freight did not "
            "respond to a request for comment, and the allegations have not been tested in court."
        ),
    ],
    [
        (0, "FC", "Managers at Fennick Freight's Marrick depot disabled safety sensors on conveyor belts."),
        (
            0,
            "AS",
            (
                "A former warehouse worker alleges that Fennick Freight managers disabled safety sensors at the "
                "Marrick depot."
            ),
        ),
        (0, "AC", "Fennick Freight denied that managers at its Marrick depot disabled safety sensors."),
        (0, "NUM", "A former warehouse worker is seeking 25,000 euros in damages from Fennick Freight."),
        (0, "DATE", "The lawsuit against Fennick Freight was filed on Thursday at the Marrick district court."),
        (0, "PS", "A former employee is suing Fennick Freight for 250,000 euros over a hand injury."),
        (0, "PN", "The former Fennick Freight worker lost two fingers in a conveyor belt accident."),
        (0, "AN", "The labour inspectorate said safety sensors at Fennick Freight's Marrick depot had been disabled."),
        (
            0,
            "ENT",
            "A former warehouse worker has sued Quenby Logistics over disabled safety sensors at its Marrick depot.",
        ),
    ],
)

story(
    "aurelle-record-sales-claim",
    "business",
    [
        (
            "Aurelle Cosmetics chief executive Carla Ruiz told an industry conference on Wednesday that the company "
            "had achieved record sales last year. Aurelle's annual report, filed with the stock exchange the week "
            "before, shows revenue fell 8 percent to 412 million euros, the lowest in five years. A company "
            "spokesperson said Ruiz had meant record sales of the firm's skincare line."
        ),
    ],
    [
        (0, "AS", "Aurelle Cosmetics chief executive Carla Ruiz said the company achieved record sales last year."),
        (0, "FD", "The cosmetics maker Aurelle Cosmetics achieved record sales last year."),
        (0, "PS", "Aurelle Cosmetics' revenue dropped 8 percent last year to 412 million euros."),
        (0, "NUM", "Aurelle Cosmetics' revenue fell 18 percent last year, according to its annual report."),
        (0, "NEG", "Aurelle Cosmetics' annual report shows that its revenue rose last year."),
        (0, "AS", "An Aurelle spokesperson said Carla Ruiz had been referring to record sales of the skincare line."),
        (0, "AC", "An Aurelle spokesperson said Carla Ruiz had been referring to record sales of the perfume line."),
        (0, "AN", "The stock exchange said Aurelle Cosmetics' revenue was the lowest in five years."),
        (0, "PN", "Aurelle Cosmetics plans to close 20 of its shops this year."),
    ],
)

story(
    "dorrow-night-train-breakdown",
    "transport",
    [
        (
            "Passengers on a night train from Dorrow to Vessingen said on social media that they had been stuck "
            "without heating or water for seven hours after the locomotive broke down on Saturday. The operator, "
            "Lumera Rail, confirmed that the train had broken down near the town of Hesk but said it could not yet say "
            "how long the delay had lasted."
        ),
        (
            "Lumera Rail said on Monday it would refund the full fare to all 212 passengers on the night train that "
            "broke down near Hesk and offer each of them a free return journey. The rail regulator said it had asked "
            "the operator for a report on the breakdown within 14 days."
        ),
    ],
    [
        (0, "FC", "Passengers on the Lumera Rail night train from Dorrow were stuck without heating for seven hours."),
        (0, "AS", "Passengers said the Dorrow night train was stuck for seven hours without heating or water."),
        (0, "PS", "Lumera Rail confirmed that its night train from Dorrow to Vessingen broke down near Hesk."),
        (0, "AC", "Lumera Rail said the night train from Dorrow to Vessingen was delayed for seven hours."),
        (0, "PLACE", "The Lumera Rail night train from Dorrow broke down near the town of Brandholm."),
        (0, "RN", "Lumera Rail will refund the full fare to passengers on the night train that broke down near Hesk."),
        (1, "NUM", "Lumera Rail will refund 122 passengers on the night train that broke down near Hesk."),
        (
            1,
            "AS",
            "The rail regulator said it had asked Lumera Rail for a report on the Hesk breakdown within 14 days.",
        ),
        (1, "PN", "The Lumera Rail night train broke down near Hesk because of a faulty generator."),
    ],
)

story(
    "ashlane-academy-maths-claim",
    "education",
    [
        (
            "The Ashlane Academy trust said in a newsletter to parents that nine in ten of its pupils had passed maths "
            "at age 16 last summer. Figures published by the national exams board on Friday show the pass rate at the "
            "trust's four schools was 61 percent. The trust said its newsletter had counted only pupils who sat the "
            "higher paper."
        ),
    ],
    [
        (0, "AS", "The Ashlane Academy trust told parents that nine in ten of its pupils passed maths at age 16."),
        (0, "FD", "Nine in ten Ashlane Academy pupils passed maths at age 16 last summer."),
        (
            0,
            "PS",
            "National exams board figures show 61 percent of pupils at Ashlane Academy schools passed maths at 16.",
        ),
        (0, "NUM", "The national exams board's figures cover six schools run by the Ashlane Academy trust."),
        (0, "AC", "The national exams board said the maths pass rate at Ashlane Academy schools was 90 percent."),
        (0, "AS", "The Ashlane Academy trust said its newsletter counted only pupils who sat the higher maths paper."),
        (0, "AN", "The schools inspectorate said the maths pass rate at Ashlane Academy schools was 61 percent."),
        (0, "PN", "The Ashlane Academy trust has withdrawn its newsletter to parents."),
        (0, "DATE", "The national exams board published its figures on Ashlane Academy schools on Tuesday."),
    ],
)

story(
    "ellerholm-half-marathon-shortcut",
    "sports",
    [
        (
            "Organisers of the Ellerholm half marathon disqualified the women's winner, Ivana Petrak, on Monday, "
            "saying timing-chip data showed she had skipped a six-kilometre loop of the course. Petrak said she had "
            "run the full distance and that her chip had malfunctioned. Race footage from two checkpoints shows no "
            "sign of her passing, the organisers said."
        ),
    ],
    [
        (0, "AS", "Ivana Petrak said she ran the full distance of the Ellerholm half marathon."),
        (0, "FD", "Ivana Petrak ran the full course of the Ellerholm half marathon."),
        (0, "DS", "Ivana Petrak denied skipping part of the Ellerholm half marathon course."),
        (0, "AC", "Ellerholm half marathon organisers said Ivana Petrak skipped a four-kilometre loop."),
        (0, "PS", "Ivana Petrak was stripped of her win in the women's Ellerholm half marathon."),
        (0, "DATE", "Ivana Petrak was disqualified from the Ellerholm half marathon on Saturday."),
        (0, "AN", "Ivana Petrak's coach said her timing chip had malfunctioned during the Ellerholm half marathon."),
        (0, "PN", "Ivana Petrak will appeal her Ellerholm half marathon disqualification to the athletics federation."),
        (
            0,
            "AS",
            "Ellerholm half marathon organisers said race footage showed no sign of Ivana Petrak at two checkpoints.",
        ),
    ],
)

story(
    "quillon-sodium-cell-claim",
    "science",
    [
        (
            "Battery start-up Quillon Energy said on Tuesday that its new sodium cell could store twice as much energy "
            "per kilogram as the best lithium cells on the market. The company has not published its test data, and no "
            "independent laboratory has examined the cell. Quillon said it would begin pilot production in Halvik next "
            "spring."
        ),
    ],
    [
        (
            0,
            "FC",
            "Quillon Energy's new sodium cell stores twice as much energy per kilogram as the best lithium cells.",
        ),
        (
            0,
            "AS",
            "Quillon Energy said its sodium cell stores twice as much energy per kilogram as leading lithium cells.",
        ),
        (
            0,
            "AC",
            "Quillon Energy said its sodium cell stores three times as much energy per kilogram as lithium cells.",
        ),
        (0, "NEG", "Quillon Energy has published the test data for its new sodium battery cell."),
        (
            0,
            "AN",
            "A battery industry association said Quillon's sodium cell stores twice the energy of lithium cells.",
        ),
        (0, "PLACE", "Quillon Energy plans to start pilot production of its sodium cell in Tarrow."),
        (0, "DATE", "Quillon Energy plans to begin pilot production of its sodium cell next autumn."),
        (0, "PN", "Quillon Energy's sodium cell will cost less than half as much as a lithium cell."),
        (0, "PS", "No independent laboratory has tested Quillon Energy's new sodium battery cell."),
    ],
)

story(
    "grimsford-mayor-office-refit",
    "politics",
    [
        (
            "Opposition councillor Piet Verhoek said on Monday that Grimsford council had spent 180,000 euros "
            "refurbishing the mayor's office. The council's published accounts show the refurbishment cost 18,400 "
            "euros, and the auditor who signed them off said the figure was correct. Verhoek later said he had misread "
            "the accounts and apologised."
        ),
    ],
    [
        (
            0,
            "AS",
            "Councillor Piet Verhoek said Grimsford council spent 180,000 euros refurbishing the mayor's office.",
        ),
        (0, "FD", "Grimsford council spent 180,000 euros refurbishing the mayor's office."),
        (
            0,
            "PS",
            "Refurbishing the Grimsford mayor's office cost about 18,000 euros, according to the council's accounts.",
        ),
        (
            0,
            "AC",
            "Councillor Piet Verhoek stood by his figure for the cost of refurbishing the Grimsford mayor's office.",
        ),
        (0, "AS", "The auditor of Grimsford council's accounts said the 18,400-euro refurbishment figure was correct."),
        (0, "PS", "Piet Verhoek apologised after misreading Grimsford council's accounts."),
        (0, "NEG", "The auditor of Grimsford council's accounts said the refurbishment figure was wrong."),
        (0, "AN", "Grimsford's mayor said refurbishing the mayor's office had cost 18,400 euros."),
        (0, "PN", "Grimsford's mayor moved into the refurbished office in January."),
    ],
)

story(
    "harlen-ballot-box-seals",
    "elections",
    [
        (
            "The opposition Green Future party alleged on Sunday that seals on 14 ballot boxes in the Harlen district "
            "had been broken before the count. The electoral commission said it had opened an inquiry and would not "
            "comment on the allegation until it was complete. Green Future lost the Harlen seat by 312 votes."
        ),
    ],
    [
        (0, "FC", "Seals on 14 ballot boxes in the Harlen district were broken before the count."),
        (
            0,
            "AS",
            "The Green Future party alleged that seals on 14 Harlen ballot boxes had been broken before the count.",
        ),
        (0, "AC", "The electoral commission said seals on ballot boxes in Harlen had been broken before the count."),
        (0, "AC", "The Green Future party alleged that seals on 41 ballot boxes in Harlen had been broken."),
        (0, "PS", "The electoral commission has opened an inquiry into the broken ballot box seals alleged in Harlen."),
        (0, "NUM", "Green Future lost the Harlen seat by 132 votes."),
        (0, "NEG", "The Green Future party won the Harlen seat by 312 votes."),
        (0, "AN", "Harlen's returning officer said seals on some ballot boxes had been broken before the count."),
        (0, "PN", "Green Future has asked for a full recount of the votes in the Harlen district."),
    ],
)

story(
    "haverly-oskarsen-portrait",
    "culture",
    [
        (
            "The Haverly Museum said last year that a newly acquired portrait was painted by the 18th-century artist "
            "Johan Oskarsen. A laboratory analysis commissioned by the museum and published on Thursday found titanium "
            "white in the paint, a pigment not made before the 1920s. The museum said it had removed the portrait from "
            "display and would no longer attribute it to Oskarsen."
        ),
    ],
    [
        (0, "AS", "The Haverly Museum said a newly acquired portrait was painted by Johan Oskarsen."),
        (0, "FD", "The portrait acquired by the Haverly Museum was painted by the 18th-century artist Johan Oskarsen."),
        (0, "PS", "Tests found titanium white, a pigment first made in the 1920s, in the Haverly Museum's portrait."),
        (0, "DATE", "Titanium white, found in the Haverly Museum's portrait, was not made before the 1820s."),
        (0, "AC", "The Haverly Museum said it would keep attributing its new portrait to Johan Oskarsen."),
        (0, "NEG", "The Haverly Museum has kept its disputed Oskarsen portrait on display."),
        (0, "PN", "The Haverly Museum paid 2.3 million euros for the portrait attributed to Johan Oskarsen."),
        (0, "AN", "An art historian said the Haverly Museum's portrait could not have been painted by Johan Oskarsen."),
    ],
)

story(
    "morlind-bakery-strike-turnout",
    "labour",
    [
        (
            "The food workers' union said about 90 percent of staff at the Morlind Bakeries plant in Norbeck joined a "
            "strike on Wednesday. The company said fewer than half of the workers had walked out and that production "
            "had continued. Neither figure could be independently verified."
        ),
    ],
    [
        (0, "FC", "About 90 percent of staff at the Morlind Bakeries plant in Norbeck joined Wednesday's strike."),
        (0, "FC", "Fewer than half of the workers at Morlind Bakeries' Norbeck plant went on strike."),
        (
            0,
            "AS",
            "The food workers' union said about nine in ten Morlind Bakeries staff in Norbeck joined the strike.",
        ),
        (0, "AS", "Morlind Bakeries said production continued at its Norbeck plant during the strike."),
        (0, "AC", "Morlind Bakeries said most workers at its Norbeck plant had joined the strike."),
        (0, "AC", "The food workers' union said about 60 percent of Morlind Bakeries staff joined the strike."),
        (0, "DS", "Morlind Bakeries disputed the union's claim that 90 percent of Norbeck staff joined the strike."),
        (0, "PN", "The Morlind Bakeries strike in Norbeck was called over a pay offer of 2 percent."),
        (0, "AN", "The regional labour office said most Morlind Bakeries staff in Norbeck had walked out."),
    ],
)

story(
    "skelmoor-turbine-eagle-deaths",
    "environment",
    [
        (
            "A campaign group opposed to the Skelmoor wind farm said on Friday that its turbines had killed more than "
            "200 eagles since they began turning in March. An independent monitoring survey required by the wind "
            "farm's licence found the remains of three birds of prey over the same period, none of them eagles, the "
            "regional nature agency said."
        ),
        (
            "The operator of the Skelmoor wind farm, Westerly Power, said it would fit cameras that stop turbines when "
            "large birds approach, at a cost of 1.4 million euros. The regional nature agency said the system would be "
            "tested on four of the farm's 22 turbines before being installed on all of them."
        ),
    ],
    [
        (0, "AS", "A campaign group said the Skelmoor wind farm's turbines had killed more than 200 eagles."),
        (0, "FD", "The Skelmoor wind farm's turbines have killed more than 200 eagles since March."),
        (0, "PS", "A monitoring survey found the remains of three birds of prey at the Skelmoor wind farm."),
        (0, "Q", "All of the birds of prey found dead at the Skelmoor wind farm were eagles."),
        (
            0,
            "ENT",
            "The monitoring survey at the Skelmoor wind farm was carried out by a campaign group opposed to it.",
        ),
        (0, "AN", "Westerly Power said its Skelmoor turbines had killed no eagles."),
        (0, "RN", "Westerly Power will fit cameras that stop its Skelmoor turbines when large birds approach."),
        (1, "NUM", "The bird-detection cameras at the Skelmoor wind farm will cost Westerly Power 4.1 million euros."),
        (1, "PS", "Westerly Power's bird-detection system will first be tried on four of the Skelmoor turbines."),
        (1, "PN", "Westerly Power's bird-detection cameras for Skelmoor are made by a Danish supplier."),
    ],
)

story(
    "osgood-pension-fraud-trial",
    "courts",
    [
        (
            "The trial of former pension fund manager Victor Osgood opened on Monday at the Estbury criminal court, "
            "where prosecutors said he had diverted 3.2 million euros from retired teachers' savings into his own "
            "accounts. Osgood denied all nine charges. His lawyer said the transfers were legitimate fees approved by "
            "the fund's board."
        ),
    ],
    [
        (0, "DS", "Victor Osgood denied charges of diverting money from a retired teachers' pension fund."),
        (
            0,
            "FC",
            "Victor Osgood diverted 3.2 million euros of retired teachers' pension savings into his own accounts.",
        ),
        (
            0,
            "AS",
            (
                "Prosecutors said Victor Osgood diverted 3.2 million euros of retired teachers' savings to his own "
                "accounts."
            ),
        ),
        (0, "AC", "Prosecutors said Victor Osgood diverted 2.3 million euros from the teachers' pension fund."),
        (0, "NEG", "Victor Osgood admitted the charges at the opening of his fraud trial in Estbury."),
        (0, "NUM", "Victor Osgood faces 12 charges at the Estbury criminal court."),
        (0, "AS", "Victor Osgood's lawyer said the transfers were fees approved by the pension fund's board."),
        (0, "AN", "The pension fund's board said it had approved the fees paid to Victor Osgood."),
        (0, "PN", "Victor Osgood faces up to ten years in prison if he is convicted of fraud."),
    ],
)

story(
    "stridenest-location-data-fine",
    "tech",
    [
        (
            "The data protection authority fined the fitness app maker Stridenest 2.6 million euros on Wednesday after "
            "finding that it had sold users' location histories to three advertising firms. Stridenest had told users "
            "in 2022 that it never shared personal data with third parties. The company said it would appeal and that "
            "the data had been anonymised."
        ),
    ],
    [
        (0, "FD", "The fitness app Stridenest has never shared its users' personal data with third parties."),
        (0, "AS", "Stridenest told users in 2022 that it never shared personal data with third parties."),
        (0, "AC", "Stridenest said it would accept the data protection authority's fine."),
        (0, "NUM", "The data protection authority fined the fitness app maker Stridenest 6.2 million euros."),
        (0, "PS", "Stridenest was fined for selling its users' location histories to three advertising companies."),
        (0, "AS", "Stridenest said the location data it passed to advertising firms had been anonymised."),
        (0, "FC", "The location histories Stridenest sold to advertising firms had been anonymised."),
        (0, "DATE", "Stridenest told users in 2020 that it never shared personal data with third parties."),
        (0, "PN", "The fitness app Stridenest has about four million users across Europe."),
    ],
)

story(
    "kirrin-sound-ferry-cuts",
    "transport",
    [
        (
            "The operator of the Kirrin Sound ferry, Kirrin Ferries, said on Tuesday that it would cut winter "
            "crossings from eight a day to five from November because one of its two boats needed engine repairs. "
            "Island councillors said the cut would leave commuters without an early morning sailing."
        ),
        (
            "Kirrin Ferries said a replacement vessel chartered from a Norwegian operator would arrive in January, "
            "restoring the full timetable. The island's hotel association said bookings for December had fallen by a "
            "quarter since the cuts were announced, a figure the ferry company called exaggerated."
        ),
    ],
    [
        (0, "PS", "Kirrin Ferries will reduce winter crossings on the Kirrin Sound from eight to five a day."),
        (0, "NUM", "Kirrin Ferries will cut daily Kirrin Sound crossings from eight to four from November."),
        (
            0,
            "AS",
            (
                "Island councillors said the Kirrin Sound ferry cuts would leave commuters without an early morning "
                "sailing."
            ),
        ),
        (0, "AN", "Kirrin Ferries said commuters would lose the early morning Kirrin Sound sailing."),
        (0, "PN", "Kirrin Sound ferry fares will rise by 10 percent this winter."),
        (
            1,
            "FC",
            "Hotel bookings on the island for December have fallen by a quarter since the ferry cuts were announced.",
        ),
        (
            1,
            "AS",
            (
                "The island's hotel association said December bookings fell by a quarter after the ferry cuts were "
                "announced."
            ),
        ),
        (1, "DS", "Kirrin Ferries disputed the hotel association's figure for the fall in December bookings."),
        (1, "RN", "One of the two Kirrin Sound ferries needs engine repairs."),
    ],
)

story(
    "elmsworth-walking-study-retraction",
    "science",
    [
        (
            "The Northern Journal of Sleep Research on Monday retracted a 2021 study by researchers at Elmsworth "
            "University that reported a nightly 20-minute walk halved insomnia in older adults. A university "
            "investigation found that about a third of the participants' records had been invented. The study's lead "
            "author, Professor Hana Lidell, said she accepted the findings and had not been aware of the fabrication."
        ),
    ],
    [
        (0, "FD", "A nightly 20-minute walk halved insomnia among older adults in the Elmsworth University study."),
        (
            0,
            "AS",
            "An Elmsworth University study reported that a nightly 20-minute walk halved insomnia in older adults.",
        ),
        (
            0,
            "PS",
            (
                "An Elmsworth University inquiry found about a third of the sleep study's participant records were "
                "fabricated."
            ),
        ),
        (
            0,
            "NUM",
            "An investigation found that about half of the participant records in the Elmsworth study were invented.",
        ),
        (0, "DATE", "The retracted Elmsworth University sleep study was published in 2019."),
        (0, "AS", "Professor Hana Lidell said she had not known that records in her sleep study were invented."),
        (0, "AC", "Professor Hana Lidell rejected the findings of the Elmsworth University investigation."),
        (
            0,
            "AN",
            "The Northern Journal of Sleep Research said a third of the Elmsworth study's records were fabricated.",
        ),
        (0, "PN", "The Elmsworth University investigation found that a research assistant had invented the records."),
    ],
)

story(
    "dellamy-union-endorsement-leaflet",
    "elections",
    [
        (
            "Mayoral candidate Nadia Dellamy said in a campaign leaflet that she had been endorsed by the Orwick "
            "transport workers' union. The union's general secretary, Sam Okoro, said on Tuesday that the union had "
            "not endorsed any candidate and had asked Dellamy's campaign to withdraw the leaflet. The campaign said it "
            "would reprint the leaflet without the claim."
        ),
    ],
    [
        (
            0,
            "AS",
            "Nadia Dellamy's campaign leaflet said she had been endorsed by the Orwick transport workers' union.",
        ),
        (0, "FD", "The Orwick transport workers' union endorsed Nadia Dellamy for mayor."),
        (0, "DS", "The Orwick transport workers' union denied that it had endorsed Nadia Dellamy."),
        (0, "AS", "Sam Okoro said the Orwick transport workers' union had not endorsed any mayoral candidate."),
        (0, "AC", "Sam Okoro said the Orwick transport workers' union was backing Nadia Dellamy for mayor."),
        (0, "PS", "Nadia Dellamy's campaign said it would reprint its leaflet without the union endorsement claim."),
        (0, "NEG", "Nadia Dellamy's campaign refused to change its leaflet claiming a union endorsement."),
        (0, "AN", "Nadia Dellamy said the union endorsement claim in her leaflet had been a mistake."),
        (0, "PN", "Nadia Dellamy is running for mayor of Orwick for the second time."),
    ],
)

story(
    "hobbin-heath-wildfire",
    "disaster",
    [
        (
            "A wildfire on Hobbin Heath burned about 340 hectares of moorland over the weekend before firefighters "
            "brought it under control on Monday, the county fire service said. No homes were damaged. Investigators "
            "believe the blaze was started by a disposable barbecue left near a car park, the fire service said, but "
            "the cause has not been confirmed."
        ),
        (
            "The county council said on Tuesday it would ban disposable barbecues on Hobbin Heath and three other "
            "moorland sites every year from April to September. A petition calling for the ban, started by a local "
            "walking group, had gathered 8,600 signatures, according to its organisers."
        ),
    ],
    [
        (
            0,
            "PS",
            (
                "Firefighters brought the Hobbin Heath wildfire under control on Monday after it burned about 340 "
                "hectares."
            ),
        ),
        (0, "FC", "The Hobbin Heath wildfire was started by a disposable barbecue left near a car park."),
        (
            0,
            "AS",
            (
                "The county fire service said investigators believe a disposable barbecue started the Hobbin Heath "
                "wildfire."
            ),
        ),
        (0, "NEG", "Several homes were damaged by the wildfire on Hobbin Heath."),
        (0, "NUM", "The Hobbin Heath wildfire burned about 3,400 hectares of moorland."),
        (0, "AC", "The county fire service said it had confirmed that a barbecue caused the Hobbin Heath wildfire."),
        (1, "PS", "Disposable barbecues will be banned on Hobbin Heath between April and September."),
        (1, "AS", "Organisers said their petition for a barbecue ban on Hobbin Heath gathered 8,600 signatures."),
        (1, "RN", "About 340 hectares of moorland burned in the Hobbin Heath wildfire."),
    ],
)

story(
    "kiri-tann-fake-post",
    "factcheck",
    [
        (
            "A screenshot shared thousands of times on Wednesday appeared to show singer Kiri Tann calling her home "
            "town of Bexford 'a dump'. The fact-checking site FactLantern said the post did not exist on Tann's "
            "account or in archives of it, and that its font and timestamp format did not match the platform's. Tann's "
            "management said the screenshot was fake."
        ),
    ],
    [
        (0, "FD", "Singer Kiri Tann posted that her home town of Bexford was a dump."),
        (0, "DS", "Kiri Tann's management said a screenshot showing her insulting Bexford was fake."),
        (0, "AS", "FactLantern said the post about Bexford did not exist on Kiri Tann's account or in its archives."),
        (0, "AC", "FactLantern said the screenshot of Kiri Tann's post about Bexford was genuine."),
        (0, "PS", "A fabricated screenshot appeared to show singer Kiri Tann insulting her home town of Bexford."),
        (0, "AN", "Bexford's mayor said the screenshot of Kiri Tann's post about the town was fake."),
        (0, "PN", "The fake screenshot of Kiri Tann's post first appeared on an anonymous gossip forum."),
        (0, "DATE", "A fake screenshot of Kiri Tann insulting Bexford spread widely on Saturday."),
        (0, "PLACE", "The fake screenshot showed singer Kiri Tann calling her home town of Dunlow a dump."),
    ],
)

story(
    "hollvik-osterhold-merger-report",
    "business",
    [
        (
            "Container shipping firms Hollvik Shipping and Osterhold Lines are in advanced talks to merge, the "
            "newspaper Quayside Herald reported on Thursday, citing two people familiar with the discussions. Both "
            "companies declined to comment. Shares in Osterhold rose 11 percent after the report."
        ),
    ],
    [
        (0, "FC", "Hollvik Shipping and Osterhold Lines are in advanced talks to merge."),
        (
            0,
            "AS",
            "The Quayside Herald reported that Hollvik Shipping and Osterhold Lines were in advanced merger talks.",
        ),
        (0, "AC", "Osterhold Lines confirmed that it was in merger talks with Hollvik Shipping."),
        (0, "AC", "Hollvik Shipping denied that it was in merger talks with Osterhold Lines."),
        (0, "NUM", "Shares in Osterhold Lines rose 17 percent after the report of merger talks."),
        (
            0,
            "PN",
            "A merger of Hollvik Shipping and Osterhold Lines would create Europe's third-largest container line.",
        ),
        (0, "DATE", "The Quayside Herald reported the Hollvik-Osterhold merger talks on Tuesday."),
        (0, "AN", "The port authority said Hollvik Shipping and Osterhold Lines were in talks to merge."),
        (
            0,
            "PS",
            "Osterhold Lines shares climbed 11 percent after a newspaper reported merger talks with Hollvik Shipping.",
        ),
    ],
)

story(
    "fenmouth-beach-sewage",
    "environment",
    [
        (
            "Coastal water firm Anglemere Water said on Friday that it had not released any sewage near Fenmouth beach "
            "this summer. Data from the company's own overflow monitors, published by the environment regulator, show "
            "sewage was discharged at the beach outfall on 17 days between June and August. The beach was closed to "
            "swimmers twice in July after high bacteria readings."
        ),
    ],
    [
        (0, "DS", "Anglemere Water denied releasing sewage near Fenmouth beach this summer."),
        (0, "FD", "Anglemere Water released no sewage near Fenmouth beach this summer."),
        (0, "PS", "Monitors recorded sewage discharges at the Fenmouth beach outfall on 17 days this summer."),
        (0, "NUM", "Sewage was discharged at the Fenmouth beach outfall on 71 days between June and August."),
        (
            0,
            "PS",
            "Swimmers were kept out of the water at Fenmouth beach twice in July because of high bacteria levels.",
        ),
        (0, "ENT", "The sewage discharge data for Fenmouth beach came from monitors run by the environment regulator."),
        (0, "AN", "Fenmouth's council said sewage was discharged at the beach outfall on 17 days this summer."),
        (0, "PN", "Anglemere Water will be fined over the sewage discharges near Fenmouth beach."),
    ],
)

story(
    "ardwell-rovers-renko-fee",
    "sports",
    [
        (
            "Ardwell Rovers said on Tuesday that they had agreed a club-record fee of 9 million euros to sign striker "
            "Matej Renko from Castlemere United. Castlemere said no agreement had been reached and that talks were "
            "continuing. Renko, 23, scored 19 league goals last season."
        ),
    ],
    [
        (0, "FC", "Ardwell Rovers and Castlemere United have agreed a transfer fee for striker Matej Renko."),
        (0, "AS", "Ardwell Rovers said they had agreed a 9 million euro fee for striker Matej Renko."),
        (0, "AC", "Ardwell Rovers said they had agreed a fee of 12 million euros for Matej Renko."),
        (0, "DS", "Castlemere United denied that a fee had been agreed for striker Matej Renko."),
        (0, "AC", "Castlemere United said talks over Matej Renko's transfer had broken down."),
        (0, "NUM", "Striker Matej Renko scored 29 league goals last season."),
        (0, "PS", "Matej Renko, a 23-year-old striker, scored 19 league goals last season."),
        (0, "PN", "Matej Renko would sign a five-year contract with Ardwell Rovers."),
        (0, "AN", "Matej Renko's agent said a 9 million euro fee for the striker had been agreed."),
    ],
)

story(
    "linkwave-outage-hacker-claim",
    "tech",
    [
        (
            "Broadband provider Linkwave said a faulty software update caused Monday's outage, which left about "
            "310,000 customers offline for up to nine hours. A hacker group calling itself Nullmoth claimed online "
            "that it had taken down the network. The national cyber security centre said it had examined Linkwave's "
            "systems and found no sign of an attack."
        ),
    ],
    [
        (0, "FD", "The hacker group Nullmoth took down Linkwave's broadband network on Monday."),
        (0, "AS", "A hacker group called Nullmoth claimed it had taken down Linkwave's broadband network."),
        (0, "AS", "Linkwave said a faulty software update caused its broadband outage on Monday."),
        (0, "PS", "About 310,000 Linkwave customers lost their broadband connection on Monday."),
        (0, "NUM", "The Linkwave broadband outage left customers offline for up to 19 hours."),
        (0, "AC", "The national cyber security centre said it had found evidence of an attack on Linkwave."),
        (0, "AN", "The telecoms regulator said a faulty software update caused the Linkwave outage."),
        (0, "PN", "Linkwave will compensate customers affected by its broadband outage."),
        (0, "DATE", "The Linkwave broadband outage blamed on a faulty update happened on Wednesday."),
    ],
)

story(
    "ostbridge-council-homes-damp",
    "politics",
    [
        (
            "A tenants' group in Ostbridge said on Monday that more than 1,000 council homes in the town had serious "
            "damp and mould, based on a door-to-door survey by volunteers. The council said it did not recognise the "
            "figure and would publish its own inspection results next month."
        ),
        (
            "Ostbridge council said on Thursday it would spend 6 million euros over three years on ventilation and "
            "insulation in its housing. The housing ombudsman said it had received 38 complaints about damp in "
            "Ostbridge council homes this year, up from 12 last year."
        ),
    ],
    [
        (0, "FC", "More than 1,000 council homes in Ostbridge have serious damp and mould."),
        (0, "AS", "An Ostbridge tenants' group said more than 1,000 council homes had serious damp and mould."),
        (0, "AC", "Ostbridge council said about 1,000 of its homes had serious damp and mould."),
        (0, "PS", "Ostbridge council said it would publish its own inspection results on damp next month."),
        (
            0,
            "RN",
            "Ostbridge council will spend 6 million euros over three years on ventilation and insulation in its homes.",
        ),
        (1, "NUM", "Ostbridge council will spend 6 million euros on ventilation and insulation over five years."),
        (
            1,
            "PS",
            "Damp complaints about Ostbridge council homes to the housing ombudsman have more than tripled this year.",
        ),
        (
            1,
            "AS",
            "The housing ombudsman said it received 38 complaints about damp in Ostbridge council homes this year.",
        ),
        (1, "NEG", "Complaints to the housing ombudsman about damp in Ostbridge council homes fell this year."),
        (1, "PN", "Ostbridge council's ventilation and insulation work will start on the Riverside estate."),
    ],
)

story(
    "hensted-fluoride-video",
    "health",
    [
        (
            "A video circulating in Hensted claims the town's tap water contains five times the legal limit of "
            "fluoride. Tests published on Wednesday by the national drinking water inspectorate found fluoride at 0.6 "
            "milligrams per litre, below the legal limit of 1.5. The water supplier, Tarnfield Water, said it does not "
            "add fluoride to Hensted's supply."
        ),
    ],
    [
        (0, "FD", "Tap water in Hensted contains five times the legal limit of fluoride."),
        (0, "AS", "A video circulating in Hensted claims its tap water has five times the legal fluoride limit."),
        (
            0,
            "PS",
            "The drinking water inspectorate found fluoride levels in Hensted's tap water were below the legal limit.",
        ),
        (0, "NUM", "The drinking water inspectorate found 1.6 milligrams of fluoride per litre in Hensted's water."),
        (0, "AS", "Tarnfield Water said it does not add fluoride to Hensted's water supply."),
        (0, "AC", "Tarnfield Water said it adds fluoride to Hensted's water supply."),
        (0, "AN", "Hensted's council said the town's tap water was safe to drink."),
        (0, "PN", "The video about fluoride in Hensted's water was viewed more than 200,000 times."),
        (0, "PS", "Tests found Hensted's tap water contains less than half the legal limit of fluoride."),
    ],
)

story(
    "linmoor-primary-boiler-closure",
    "education",
    [
        (
            "Linmoor Primary School closed for three days this week after its boiler failed, head teacher Helen "
            "Tordoff said. Messages shared among parents claimed asbestos had been found in the building. Council "
            "building inspectors said on Thursday that they had tested the school and found no asbestos, and that the "
            "school would reopen on Monday."
        ),
    ],
    [
        (0, "FD", "Asbestos was found in the Linmoor Primary School building."),
        (0, "AS", "Head teacher Helen Tordoff said Linmoor Primary School closed because its boiler failed."),
        (0, "AN", "Council building inspectors said Linmoor Primary School closed because its boiler failed."),
        (0, "AC", "Council building inspectors said they had found asbestos at Linmoor Primary School."),
        (0, "DATE", "Linmoor Primary School will reopen on Wednesday, council building inspectors said."),
        (0, "PS", "Council inspectors tested Linmoor Primary School and found no asbestos in the building."),
        (0, "PN", "Replacing the boiler at Linmoor Primary School will cost about 40,000 euros."),
        (0, "AS", "Messages shared among parents claimed asbestos had been found at Linmoor Primary School."),
    ],
)

story(
    "saltrigg-folk-festival-crowds",
    "culture",
    [
        (
            "Organisers of the Saltrigg Folk Festival said on Sunday that a record 120,000 people had attended over "
            "four days. Ticket sales data released by the town council, which co-owns the festival, show 46,500 "
            "tickets were sold, fewer than last year's 51,000. The organisers said their figure included people who "
            "watched free performances in the town's streets."
        ),
    ],
    [
        (0, "AS", "Organisers said a record 120,000 people attended the Saltrigg Folk Festival."),
        (0, "FD", "Ticket sales for the Saltrigg Folk Festival reached a record this year."),
        (0, "PS", "The Saltrigg Folk Festival sold fewer tickets this year than last year."),
        (0, "NUM", "The Saltrigg Folk Festival sold 64,500 tickets this year, according to the town council."),
        (0, "PS", "Saltrigg town council's figures show 46,500 tickets were sold for this year's folk festival."),
        (
            0,
            "AS",
            (
                "Saltrigg Folk Festival organisers said their attendance figure included people at free street "
                "performances."
            ),
        ),
        (0, "AN", "Saltrigg town council said 120,000 people attended the folk festival."),
        (0, "PN", "A ticket for all four days of the Saltrigg Folk Festival cost 85 euros."),
        (0, "ENT", "The Saltrigg Folk Festival ticket sales figures were released by the festival's organisers."),
    ],
)

story(
    "cardle-traffic-stop-footage",
    "police",
    [
        (
            "A motorist in Cardle, Dev Malik, said last week that police officers had smashed his car window without "
            "warning during a traffic stop. Body-camera footage released on Friday by the police complaints authority "
            "shows officers asking him eleven times to open the door over four minutes before breaking the window. "
            "Malik's lawyer said the footage did not show the whole stop."
        ),
    ],
    [
        (0, "FD", "Police officers in Cardle smashed Dev Malik's car window without any warning."),
        (0, "AS", "Dev Malik said police officers in Cardle smashed his car window without warning."),
        (0, "PS", "Body-camera footage shows officers asked Dev Malik eleven times to open his car door."),
        (0, "NUM", "Body-camera footage shows officers asking Dev Malik seven times to open his car door."),
        (0, "ENT", "The body-camera footage of Dev Malik's traffic stop was released by Cardle police."),
        (0, "AS", "Dev Malik's lawyer said the body-camera footage did not show the whole traffic stop."),
        (0, "AC", "Dev Malik's lawyer said the body-camera footage showed the whole traffic stop."),
        (0, "PN", "The police complaints authority has cleared the officers who stopped Dev Malik in Cardle."),
        (0, "DATE", "The police complaints authority released footage of Dev Malik's traffic stop on Tuesday."),
    ],
)

story(
    "merrow-tree-frog-sighting",
    "environment",
    [
        (
            "An amateur naturalist said on Tuesday that she had photographed a Merrow tree frog, a species last "
            "recorded in 1987, in woodland near the village of Ashwold. The national wildlife agency said it had not "
            "yet examined the photographs and could not confirm the sighting. Surveys of the Merrow valley in 2010 and "
            "2018 found no trace of the frog."
        ),
        (
            "The national wildlife agency said on Friday that its experts would search the Ashwold woodland for the "
            "Merrow tree frog next month, and asked the public to stay away from the site. The landowner, the Ashwold "
            "estate, said it had closed two footpaths through the wood."
        ),
    ],
    [
        (0, "FC", "A Merrow tree frog has been photographed in woodland near the village of Ashwold."),
        (0, "AS", "An amateur naturalist said she had photographed a Merrow tree frog near Ashwold."),
        (0, "AC", "The national wildlife agency confirmed a sighting of the Merrow tree frog near Ashwold."),
        (0, "DATE", "The Merrow tree frog was last recorded in 1978."),
        (0, "NEG", "Surveys of the Merrow valley in 2010 and 2018 found Merrow tree frogs."),
        (0, "PN", "The amateur naturalist who photographed the Merrow tree frog is a retired biology teacher."),
        (
            0,
            "RN",
            "Experts from the national wildlife agency will search the Ashwold woodland for the Merrow tree frog.",
        ),
        (1, "AS", "The Ashwold estate said it had closed two footpaths through the wood where the frog was reported."),
        (1, "AN", "The national wildlife agency said two footpaths through the Ashwold woodland had been closed."),
    ],
)
