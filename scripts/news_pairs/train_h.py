from common import split, story

split("train")

story(
    "maren-gallery-theft",
    "police",
    [
        (
            "Thieves stole a small 17th-century still life by the Dutch painter Pieter van Loon from the Maren City "
            "Gallery during opening hours on Saturday, police said. The painting, about 30 centimetres wide, was "
            "insured "
            "for 800,000 euros. The gallery said its alarm system had been working normally, rejecting a staff union's "
            "claim that it had been switched off for repairs."
        ),
    ],
    [
        (0, "PS", "A 17th-century still life by Pieter van Loon was stolen from the Maren City Gallery."),
        (0, "DATE", "The Pieter van Loon painting stolen from the Maren City Gallery dates from the 18th century."),
        (0, "NUM", "The painting stolen from the Maren City Gallery was insured for 8 million euros."),
        (0, "AS", "A staff union claimed the Maren City Gallery's alarm had been switched off for repairs."),
        (0, "DS", "The Maren City Gallery denied that its alarm system was switched off when the painting was stolen."),
        (0, "NEG", "The Pieter van Loon painting was stolen overnight while the Maren City Gallery was closed."),
        (0, "PN", "Police have identified two suspects in the Maren City Gallery theft."),
        (0, "AN", "Police said the Maren City Gallery's alarm system had been working normally."),
    ],
)

story(
    "courant-pellam-retraction",
    "factcheck",
    [
        (
            "The Daily Courant on Monday retracted an article that said Senator Hugo Pellam had received payments from "
            "a "
            "waste-management company, saying its source had provided forged documents. The newspaper apologised to "
            "Pellam, who had denied the report from the outset. The company, Greenway Waste, said it had never made "
            "any "
            "payments to the senator."
        ),
    ],
    [
        (0, "FD", "Senator Hugo Pellam received payments from Greenway Waste."),
        (
            0,
            "AS",
            (
                "The Daily Courant reported that Senator Hugo Pellam had received payments from a waste-management "
                "company."
            ),
        ),
        (0, "DS", "Senator Hugo Pellam denied receiving payments from a waste-management company."),
        (0, "AS", "The Daily Courant said the documents behind its story on Senator Hugo Pellam were forged."),
        (0, "AC", "The Daily Courant said it stood by its report on payments to Senator Hugo Pellam."),
        (0, "AC", "Greenway Waste said it had made payments to Senator Hugo Pellam."),
        (0, "PN", "Senator Hugo Pellam is suing the Daily Courant for defamation."),
        (0, "PN", "The Daily Courant also apologised to Greenway Waste over the retracted article."),
    ],
)

story(
    "rhondale-teacher-strikes",
    "labour",
    [
        (
            "Secondary school teachers in the Rhondale region will hold three one-day strikes in October over workload "
            "and "
            "pay, their union announced on Monday after 78 percent of members voted for action. Turnout in the ballot "
            "was "
            "61 percent. The regional education authority said schools would try to stay open for exam-year pupils."
        ),
    ],
    [
        (0, "PS", "Rhondale secondary school teachers will stage three one-day strikes in October."),
        (0, "NUM", "Some 87 percent of Rhondale teachers' union members voted for strike action."),
        (0, "NUM", "Rhondale secondary teachers will hold five one-day strikes in October."),
        (0, "DATE", "Rhondale secondary school teachers will strike in November over workload and pay."),
        (0, "AS", "The Rhondale education authority said schools would try to stay open for exam-year pupils."),
        (0, "PN", "Rhondale teachers are demanding a 10 percent pay rise."),
        (0, "AN", "Rhondale's head teachers' association said 78 percent of union members backed strikes."),
        (0, "PS", "Turnout in the Rhondale teachers' strike ballot was just over 60 percent."),
    ],
)

story(
    "hip-knee-waiting-times",
    "factcheck",
    [
        (
            "Health Minister Oskar Lindqvist said on Tuesday that average waiting times for hip and knee operations "
            "had "
            "fallen to 14 weeks. Figures published the same day by the national audit office showed the average wait "
            "was "
            "23 weeks in the last financial year, up from 19 weeks a year earlier. The ministry later said the "
            "minister's "
            "figure covered only the most recent quarter."
        ),
    ],
    [
        (
            0,
            "AS",
            "Health Minister Oskar Lindqvist said average waits for hip and knee operations had fallen to 14 weeks.",
        ),
        (0, "AC", "Health Minister Oskar Lindqvist said waiting times for hip and knee surgery had risen to 23 weeks."),
        (
            0,
            "PS",
            (
                "The national audit office found the average wait for hip and knee operations was 23 weeks last "
                "financial "
                "year."
            ),
        ),
        (0, "NEG", "The national audit office found that hip and knee waiting times fell in the last financial year."),
        (0, "AC", "The national audit office said the average wait for hip and knee operations was 32 weeks."),
        (0, "AN", "The national audit office said waiting times had fallen to 14 weeks in the most recent quarter."),
        (0, "PN", "The government has hired 2,000 extra surgeons to cut waiting times for hip and knee operations."),
        (0, "AS", "The health ministry said Oskar Lindqvist's 14-week figure covered only the most recent quarter."),
    ],
)

story(
    "lunden-rent-cap",
    "politics",
    [
        (
            "Lawmakers in the city-state of Lunden approved a law on Thursday capping annual rent increases at 3 "
            "percent "
            "for the next five years. The tenants' association welcomed the measure, while the landlords' federation "
            "said "
            "it would file a constitutional complaint. The cap applies to existing contracts but not to newly built "
            "flats."
        ),
    ],
    [
        (0, "PS", "Lunden lawmakers voted to limit annual rent rises to 3 percent for five years."),
        (0, "NUM", "Lunden's new law caps annual rent increases at 5 percent."),
        (0, "Q", "Lunden's rent cap applies to all flats, including newly built ones."),
        (0, "AS", "Lunden's landlords' federation said it would file a constitutional complaint against the rent cap."),
        (0, "AC", "Lunden's tenants' association criticised the new cap on rent increases."),
        (0, "NUM", "Lunden's cap on rent increases will remain in force for ten years."),
        (0, "PN", "Rents in Lunden rose 11 percent last year."),
        (0, "AN", "Lunden's mayor said the rent cap would not apply to newly built flats."),
    ],
)

story(
    "voltra-billing-error",
    "business",
    [
        (
            "Energy supplier Voltra overcharged about 85,000 customers because of a billing software error between "
            "January "
            "and April, the energy regulator said on Wednesday. Voltra will refund an average of 64 euros per customer "
            "and "
            "pay a 2 million euro penalty. The company said it had fixed the error and apologised."
        ),
    ],
    [
        (0, "PS", "An error in Voltra's billing software led to about 85,000 customers being overcharged."),
        (0, "NUM", "Voltra will refund an average of 46 euros to each overcharged customer."),
        (0, "AS", "Voltra said it had fixed its billing error and apologised to customers."),
        (0, "DATE", "Voltra overcharged customers between May and August because of a billing error."),
        (0, "NEG", "Voltra undercharged about 85,000 customers because of a billing software error."),
        (0, "NUM", "Voltra must pay a 20 million euro penalty over its billing error."),
        (0, "PN", "Voltra's billing error was first spotted by a consumer magazine."),
        (0, "AN", "Voltra's chief executive said 85,000 customers had been overcharged."),
    ],
)

story(
    "fernhill-ashby-park-supermarket",
    "politics",
    [
        (
            "Residents of Fernhill protested outside the town hall on Monday against plans to build a supermarket on "
            "part "
            "of Ashby Park. The council's planning committee postponed its vote until next month after receiving more "
            "than "
            "1,200 objections, a council spokesperson said. Developer Crestline Retail said the project would create "
            "150 "
            "jobs."
        ),
    ],
    [
        (
            0,
            "PS",
            (
                "Fernhill's planning committee delayed its vote on an Ashby Park supermarket after more than 1,200 "
                "objections."
            ),
        ),
        (0, "NEG", "Fernhill's planning committee approved the Ashby Park supermarket plan on Monday."),
        (0, "NUM", "Fernhill council received about 120 objections to the Ashby Park supermarket plan."),
        (0, "AS", "Crestline Retail said its planned Ashby Park supermarket would create 150 jobs."),
        (0, "FC", "A supermarket in Fernhill's Ashby Park would create 150 jobs."),
        (0, "AN", "Fernhill council said the Ashby Park supermarket would create 150 jobs."),
        (0, "PN", "The proposed supermarket would take up a quarter of Fernhill's Ashby Park."),
        (
            0,
            "PLACE",
            "Fernhill residents protested outside Crestline Retail's offices against the Ashby Park supermarket.",
        ),
    ],
)

story(
    "westmoor-free-school-lunches",
    "education",
    [
        (
            "All primary school pupils in the province of Westmoor will receive free lunches from September, the "
            "provincial government said on Friday, in a programme expected to cost 95 million euros a year. At present "
            "only children from low-income families qualify. Opposition councillor Greta Voss said the province had "
            "not "
            "explained how it would pay for the scheme."
        ),
    ],
    [
        (0, "PS", "Every primary school pupil in Westmoor will get free lunches starting in September."),
        (0, "Q", "Westmoor's new free lunch programme covers only children from low-income families."),
        (0, "NUM", "Westmoor's free school lunch programme is expected to cost 59 million euros a year."),
        (0, "DATE", "Westmoor will start providing free lunches to all primary pupils in January."),
        (
            0,
            "AS",
            "Opposition councillor Greta Voss said Westmoor had not explained how it would fund free school lunches.",
        ),
        (0, "PN", "All secondary school pupils in Westmoor will also receive free lunches from September."),
        (0, "PN", "Westmoor will pay for free school lunches with a tax on sugary drinks."),
        (0, "AN", "Westmoor's education minister said the free lunch scheme would cost 95 million euros a year."),
    ],
)

story(
    "kalu-land-ruling",
    "courts",
    [
        (
            "The supreme court ruled on Wednesday that the state must return about 2,300 hectares of grazing land to "
            "the "
            "Kalu community, overturning a 2019 decision by a lower court. The judges found that the land had been "
            "taken "
            "without compensation in 1974. The agriculture ministry said it would comply with the ruling."
        ),
    ],
    [
        (
            0,
            "PS",
            "The supreme court ordered the state to hand back around 2,300 hectares of land to the Kalu community.",
        ),
        (0, "NEG", "The supreme court upheld a lower court's ruling against the Kalu community."),
        (0, "DATE", "The supreme court found the Kalu land had been taken without compensation in 1984."),
        (0, "AS", "The agriculture ministry said it would comply with the supreme court's ruling on Kalu land."),
        (0, "AC", "The agriculture ministry said it would challenge the supreme court ruling on Kalu land."),
        (0, "NUM", "The supreme court ordered 23,000 hectares of grazing land returned to the Kalu community."),
        (0, "PN", "About 4,000 members of the Kalu community live near the disputed grazing land."),
        (0, "DATE", "The lower court ruling overturned by the supreme court in the Kalu case was issued in 2016."),
    ],
)

story(
    "vessen-cocaine-seizure",
    "police",
    [
        (
            "Customs officers seized 1.8 tonnes of cocaine hidden in a shipment of bananas at the port of Vessen, the "
            "finance ministry said on Thursday, calling it the largest single haul in the country's history. Three "
            "people "
            "were arrested. The ministry said the drugs had an estimated street value of 140 million euros."
        ),
    ],
    [
        (0, "PS", "Customs officers at Vessen found 1.8 tonnes of cocaine in a banana shipment."),
        (0, "NUM", "Customs officers seized 8.1 tonnes of cocaine at the port of Vessen."),
        (0, "ENT", "The cocaine seized at the port of Vessen was hidden in a shipment of pineapples."),
        (
            0,
            "AS",
            "The finance ministry called the Vessen cocaine seizure the largest single haul in the country's history.",
        ),
        (0, "NUM", "Five people were arrested after the cocaine seizure at the port of Vessen."),
        (0, "PN", "The banana shipment carrying cocaine to Vessen came from Ecuador."),
        (0, "AN", "Police said the cocaine seized at Vessen had a street value of 140 million euros."),
        (0, "AS", "The finance ministry estimated the street value of the Vessen cocaine haul at 140 million euros."),
    ],
)

story(
    "corrin-airport-flood-video",
    "factcheck",
    [
        (
            "A video circulating online as footage of flooding at Corrin International Airport this week was filmed at "
            "a "
            "different airport during a storm in 2015, the fact-checking unit of broadcaster NRT found. The airport "
            "said "
            "its runways had remained dry and flights operated normally on Monday. Several accounts sharing the clip "
            "had "
            "claimed the terminal was evacuated."
        ),
    ],
    [
        (0, "FD", "Corrin International Airport was flooded during this week's storm."),
        (
            0,
            "AS",
            (
                "Social media accounts claimed the terminal at Corrin International Airport was evacuated because of "
                "flooding."
            ),
        ),
        (0, "PS", "A clip shared as flooding at Corrin airport was actually filmed at another airport in 2015."),
        (0, "AS", "Corrin International Airport said flights operated normally on Monday."),
        (0, "DATE", "The video presented as a flood at Corrin airport was filmed during a storm in 2019."),
        (0, "AN", "Corrin's mayor said the viral flood video was filmed at another airport."),
        (0, "PN", "The misleading Corrin airport flood video was viewed more than two million times."),
        (0, "AC", "Corrin International Airport said it had suspended flights on Monday because of flooding."),
    ],
)

story(
    "brenner-burglary-claim",
    "factcheck",
    [
        (
            "Interior Minister Lukas Brenner told parliament on Tuesday that burglaries had fallen by half since 2019. "
            "Police statistics published in March show 41,200 burglaries nationwide in 2019 and 33,900 last year, a "
            "fall "
            "of about 18 percent. A ministry spokesperson later said the minister had been referring to burglaries in "
            "the "
            "capital only."
        ),
    ],
    [
        (0, "AS", "Interior Minister Lukas Brenner told parliament that burglaries had halved since 2019."),
        (0, "FD", "Burglaries nationwide have fallen by half since 2019."),
        (
            0,
            "PS",
            "Police statistics show burglaries nationwide fell by roughly 18 percent between 2019 and last year.",
        ),
        (0, "NUM", "Police statistics recorded 49,200 burglaries nationwide in 2019."),
        (0, "AC", "Lukas Brenner told parliament that burglaries had fallen by 18 percent since 2019."),
        (0, "AS", "A ministry spokesperson said Lukas Brenner had been referring only to burglaries in the capital."),
        (0, "FC", "Burglaries in the capital have fallen by half since 2019."),
        (0, "PN", "Lukas Brenner plans to hire 3,000 additional police officers."),
    ],
)

story(
    "okafor-death-hoax",
    "factcheck",
    [
        (
            "Reports on several websites that veteran actor Bernard Okafor had died were false, his agent said on "
            "Sunday. "
            "The agent, Julia Reyes, shared a video recorded that morning in which Okafor, 81, thanks fans for their "
            "concern. The hoax began with a post made to look like a news alert from a national broadcaster, which "
            "said it "
            "had published no such story."
        ),
    ],
    [
        (0, "FD", "Veteran actor Bernard Okafor died over the weekend."),
        (0, "DS", "Bernard Okafor's agent denied reports that the actor had died."),
        (0, "AS", "Several websites reported that actor Bernard Okafor had died."),
        (0, "AC", "The national broadcaster said it had published a news alert about Bernard Okafor's death."),
        (0, "NUM", "Actor Bernard Okafor, the subject of a death hoax, is 91 years old."),
        (0, "PS", "A video shared by Bernard Okafor's agent showed the actor thanking fans for their concern."),
        (0, "PN", "Actor Bernard Okafor is recovering at home from heart surgery."),
        (0, "AN", "Bernard Okafor's family said reports of his death were a hoax."),
    ],
)
