from common import split, story

split("train")

story(
    "wessing-bird-flu",
    "health",
    [
        (
            "About 90,000 laying hens will be culled at a poultry farm near Wessing after bird flu was confirmed "
            "there, "
            "the agriculture ministry said on Saturday. A 3-kilometre protection zone has been set up around the farm. "
            "The "
            "ministry said the risk to the public remained very low."
        ),
    ],
    [
        (0, "PS", "Some 90,000 hens are to be culled after bird flu was found at a farm near Wessing."),
        (0, "NUM", "A 10-kilometre protection zone was set up around the poultry farm near Wessing."),
        (0, "AC", "The agriculture ministry said bird flu near Wessing posed a high risk to the public."),
        (0, "AS", "The agriculture ministry said the public risk from the Wessing bird flu outbreak was very low."),
        (0, "ENT", "Bird flu was confirmed at a duck farm near Wessing where 90,000 ducks will be culled."),
        (0, "PN", "The bird flu strain found near Wessing was H5N1."),
        (0, "PN", "Bird flu was first detected at the poultry farm near Wessing on Wednesday."),
        (0, "AN", "Local veterinarians said the risk to the public from the Wessing outbreak was very low."),
    ],
)

story(
    "arbel-tram-referendum",
    "elections",
    [
        (
            "Voters in the canton of Arbel approved a plan to build a new tram line by 58 percent to 42 percent in "
            "Sunday's referendum, official results showed. Turnout was 39 percent. Opponents, who had argued the "
            "320-million-franc project was too expensive, said they accepted the result."
        ),
    ],
    [
        (0, "PS", "Arbel voters backed a new tram line with 58 percent of the vote."),
        (0, "NEG", "Voters in the canton of Arbel rejected a plan to build a new tram line."),
        (0, "NUM", "Turnout in the Arbel tram referendum was 59 percent."),
        (0, "AS", "Opponents of the Arbel tram line said they accepted the referendum result."),
        (0, "AC", "Opponents of the Arbel tram line said they would challenge the referendum result in court."),
        (0, "NUM", "The new tram line approved by Arbel voters is expected to cost 230 million francs."),
        (0, "PN", "Construction of the Arbel tram line is due to start in 2026."),
        (0, "PS", "Fewer than two in five eligible Arbel voters took part in the tram referendum."),
    ],
)

story(
    "tellmouth-withdrawal-hoax",
    "elections",
    [
        (
            "A post claiming that mayoral candidate Rosa Delgado had withdrawn from the Tellmouth election was "
            "fabricated, "
            "her campaign and the city's election office said on Thursday. The post used a doctored version of the "
            "campaign's logo. The election office said Delgado remained on the ballot for the 14 November vote."
        ),
    ],
    [
        (0, "FD", "Rosa Delgado withdrew from the race to become mayor of Tellmouth."),
        (0, "DS", "Rosa Delgado's campaign denied that she had pulled out of the Tellmouth mayoral race."),
        (0, "AS", "The Tellmouth election office said Rosa Delgado was still on the ballot."),
        (0, "DATE", "The Tellmouth mayoral election will be held on 4 November."),
        (0, "AC", "The Tellmouth election office said Rosa Delgado had withdrawn from the mayoral race."),
        (0, "PS", "A post about Rosa Delgado quitting the Tellmouth race used a doctored copy of her campaign logo."),
        (0, "PN", "The fake post about Rosa Delgado was created by a supporter of a rival candidate."),
        (0, "AS", "A social media post claimed that Rosa Delgado had dropped out of the Tellmouth election."),
    ],
)

story(
    "kessler-bribery-sentence",
    "courts",
    [
        (
            "A court in Vellamo on Tuesday sentenced former public works director Anton Kessler to six years in prison "
            "for "
            "accepting 1.4 million euros in bribes from construction firms. Judge Marta Oyelaran said the evidence "
            "showed "
            "a 'systematic' pattern over eight years. Kessler's lawyer said he would appeal."
        ),
    ],
    [
        (0, "PS", "Former public works director Anton Kessler was jailed for six years for taking bribes."),
        (0, "NUM", "Anton Kessler was sentenced to 16 years in prison for accepting bribes."),
        (0, "NUM", "Anton Kessler was convicted of accepting 4.1 million euros in bribes from construction firms."),
        (0, "NEG", "A court in Vellamo acquitted former public works director Anton Kessler of bribery."),
        (0, "AS", "Anton Kessler's lawyer said his client would appeal the six-year sentence."),
        (0, "AC", "Judge Marta Oyelaran said the evidence against Anton Kessler showed only isolated incidents."),
        (0, "PN", "Anton Kessler resigned as public works director in 2021."),
        (0, "AN", "Prosecutors said Anton Kessler's bribe-taking followed a systematic pattern over eight years."),
    ],
)

story(
    "santana-extradition",
    "courts",
    [
        (
            "A court in Lisbon on Wednesday approved the extradition to Brazil of businessman Rui Santana, who is "
            "wanted "
            "there on fraud charges, his lawyer said. The lawyer, Marta Leal, said Santana denied all the charges and "
            "would appeal to the constitutional court. Brazilian prosecutors accuse him of defrauding investors of "
            "about "
            "40 million reais."
        ),
    ],
    [
        (
            0,
            "PS",
            "A Lisbon court cleared the way for businessman Rui Santana to be extradited to Brazil on fraud charges.",
        ),
        (0, "NEG", "A Lisbon court refused to extradite businessman Rui Santana to Brazil."),
        (0, "DS", "Rui Santana denies the fraud charges he faces in Brazil, according to his lawyer."),
        (0, "FC", "Rui Santana defrauded investors of about 40 million reais."),
        (0, "AS", "Brazilian prosecutors accuse Rui Santana of defrauding investors of about 40 million reais."),
        (0, "AC", "Rui Santana's lawyer said he would not appeal the Lisbon extradition ruling."),
        (0, "AC", "Brazilian prosecutors accuse Rui Santana of defrauding investors of about 400 million reais."),
        (0, "PN", "Rui Santana was arrested in Lisbon in January at the request of Brazilian authorities."),
    ],
)

story(
    "rennick-arena-crowd-surge",
    "police",
    [
        (
            "Eight people were treated in hospital after a crowd surge at the entrance to the Rennick Arena before a "
            "concert on Saturday, the ambulance service said. The venue's operator said it had sold 18,000 tickets, "
            "within "
            "the arena's licensed capacity of 19,500. Fans posting online claimed that thousands of people without "
            "tickets "
            "had forced their way in."
        ),
    ],
    [
        (0, "PS", "Eight people needed hospital treatment after a crowd surge at the Rennick Arena."),
        (0, "AS", "The Rennick Arena's operator said it had sold 18,000 tickets for Saturday's concert."),
        (0, "FC", "Thousands of people without tickets forced their way into the Rennick Arena on Saturday."),
        (
            0,
            "AS",
            "Fans claimed online that thousands of ticketless people had forced their way into the Rennick Arena.",
        ),
        (0, "NUM", "The Rennick Arena's licensed capacity is 15,900 people."),
        (0, "AC", "The Rennick Arena's operator said it had sold more tickets than the venue's licensed capacity."),
        (0, "PN", "The concert at the Rennick Arena went ahead after a one-hour delay."),
        (0, "NUM", "Eighteen people were treated in hospital after a crowd surge at the Rennick Arena."),
    ],
)

story(
    "halvard-marathon-record",
    "sports",
    [
        (
            "Kenyan runner Faith Jelagat won the Halvard Marathon on Sunday in 2 hours 14 minutes 52 seconds, breaking "
            "the "
            "course record by 41 seconds, race organisers said. Ethiopia's Meseret Alemu finished second. Jelagat said "
            "afterwards that she had been running with a hamstring injury for the final 10 kilometres."
        ),
    ],
    [
        (0, "PS", "Faith Jelagat set a new course record on her way to winning the Halvard Marathon."),
        (0, "NUM", "Faith Jelagat broke the Halvard Marathon course record by 14 seconds."),
        (0, "ENT", "Ethiopia's Meseret Alemu won the Halvard Marathon on Sunday."),
        (0, "AS", "Faith Jelagat said she ran the last 10 kilometres of the Halvard Marathon with a hamstring injury."),
        (0, "NUM", "Faith Jelagat won the Halvard Marathon in 2 hours 41 minutes."),
        (0, "PN", "Faith Jelagat earned 50,000 dollars for winning the Halvard Marathon."),
        (0, "AN", "Race doctors said Faith Jelagat was injured during the Halvard Marathon."),
        (0, "AC", "Faith Jelagat said she had felt no pain at any point in the Halvard Marathon."),
    ],
)

story(
    "orbix-launch-failure",
    "science",
    [
        (
            "A rocket built by start-up Orbix Aerospace failed about two minutes after lift-off from the Tarrow Point "
            "spaceport on Thursday, destroying the three small weather satellites it carried, the company said. Orbix "
            "said "
            "early data pointed to a problem with the second-stage engine. No one was hurt, and debris fell into the "
            "sea, "
            "the coastguard said."
        ),
    ],
    [
        (0, "PS", "An Orbix Aerospace rocket failed shortly after launch, destroying three weather satellites."),
        (0, "NUM", "The Orbix Aerospace rocket was carrying five satellites when it failed."),
        (0, "AS", "Orbix Aerospace said early data suggested a second-stage engine problem caused its launch failure."),
        (0, "AC", "Orbix Aerospace said a first-stage engine problem caused its rocket to fail."),
        (0, "FC", "A problem with the second-stage engine caused the Orbix Aerospace rocket failure."),
        (0, "PLACE", "Debris from the failed Orbix rocket fell on land near the Tarrow Point spaceport."),
        (0, "PN", "Thursday's launch was Orbix Aerospace's first attempt to reach orbit."),
        (0, "AN", "The national space agency said the Orbix rocket failed about two minutes after lift-off."),
    ],
)

story(
    "stratocore-cloud-outage",
    "tech",
    [
        (
            "A six-hour outage at cloud provider Stratocore on Tuesday disrupted websites and payment systems for "
            "thousands of businesses across Europe, the company said in an incident report. Stratocore said the "
            "problem "
            "began when a software update was pushed to networking equipment in its Frankfurt data centre. It rejected "
            "claims on social media that it had been hit by hackers."
        ),
    ],
    [
        (0, "PS", "A Stratocore cloud outage on Tuesday disrupted thousands of European businesses for six hours."),
        (
            0,
            "AS",
            "Stratocore said a software update pushed to networking equipment in Frankfurt triggered the outage.",
        ),
        (0, "DS", "Stratocore rejected claims that its Tuesday outage was caused by hackers."),
        (0, "PLACE", "The Stratocore outage began in the company's data centre in Amsterdam."),
        (0, "NUM", "The Stratocore cloud outage lasted about 16 hours."),
        (0, "AC", "Stratocore said its systems had been attacked by hackers."),
        (0, "PN", "Stratocore will give service credits to customers hit by the outage."),
        (0, "AS", "Social media posts claimed that Stratocore had been hit by hackers."),
    ],
)

story(
    "bitmora-withdrawal-freeze",
    "business",
    [
        (
            "Cryptocurrency exchange Bitmora froze all customer withdrawals on Friday, citing 'extreme market "
            "conditions', "
            "and said it had hired advisers to review its finances. Chief executive Leon Varga told customers in a "
            "video "
            "that their funds were 'safe'. The financial regulator said Bitmora was not licensed to operate in the "
            "country "
            "and urged users to be cautious."
        ),
    ],
    [
        (0, "PS", "Bitmora suspended all customer withdrawals, citing extreme market conditions."),
        (0, "Q", "Bitmora froze withdrawals only for customers holding more than 10,000 dollars."),
        (0, "AS", "Bitmora chief executive Leon Varga told customers their funds were safe."),
        (0, "FC", "Customer funds held by the Bitmora exchange are safe."),
        (0, "AS", "The financial regulator said Bitmora was not licensed to operate in the country."),
        (0, "AC", "The financial regulator said Bitmora held a valid licence to operate."),
        (0, "PN", "Bitmora held about 800 million dollars in customer deposits before freezing withdrawals."),
        (0, "DATE", "Cryptocurrency exchange Bitmora froze all customer withdrawals on Monday."),
    ],
)
