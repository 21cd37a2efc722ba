from common import PAT, STORIES

DROP = {
    "plastic-bag-ban": ["The nationwide ban on single-use plastic bags takes effect on 1 June"],
    "torran-hikers-found": ["The missing Torran Mountains hikers were found by a search-dog"],
    "hennig-bridge-closure": ["Engineers found cracks in five"],
    "kestrel-gorge-dam-release": ["Water was released from the Kestrel Gorge dam on Thursday"],
    "tomov-missed-tests-ban": ["Stefan Tomov has 12 days"],
    "vikmor-apartment-explosion": ["The explosion in Vikmor hit a 12-storey"],
    "maro-cholera": ["Fourteen people have died"],
    "hollander-kessington-deal": ["Hollander Bank agreed to pay 6.2"],
    "marisol-star-grounding": ["Tugs refloated the Marisol Star on Friday"],
}
NEW_PASSAGES = {
    "hollander-kessington-deal": "Kessington Savings' chief executive, Lotte Brand, will leave the bank once its "
    "takeover by Hollander is completed, the lender said in a filing on Tuesday. Brand, who has led Kessington since "
    "2016, will receive a severance payment of 1.2 million euros, according to the filing.",
    "maro-cholera": "Schools in Maro district will reopen on Monday after a week-long closure, the district education "
    "office said, adding that every school had been supplied with water purification equipment and that pupils would "
    "be given soap and clean water at the gates.",
}
ADD = {
    "harwick-airport-drone": [
        (0, "PS", "Eleven arriving flights were diverted because of the drone report at Harwick Airport.")
    ],
    "voigt-fuel-subsidy-screenshot": [
        (0, "DS", "Adele Voigt's office denied that the government planned to end fuel subsidies.")
    ],
    "greyhaven-flood-video": [
        (
            0,
            "DS",
            "Greyhaven's council denied that the town's streets had flooded, though some basements took in water.",
        )
    ],
    "ulvik-fireball": [
        (0, "DS", "Police dismissed social media claims that fragments of the fireball had damaged a barn in Ulvik.")
    ],
    "dunmore-north-recount": [
        (0, "PS", "Liberal candidate Oren Sato's narrow victory in Dunmore North was upheld by a recount.")
    ],
    "ravensby-road-contract": [
        (0, "PS", "Ravensby Mayor Gerald Amis did not respond to requests for comment on the road contract allegation.")
    ],
    "brennhall-tram-derailment": [
        (
            0,
            "AS",
            (
                "Citing its data recorder, Brennhall's transport company said the derailed tram was within the 20 km/h "
                "limit."
            ),
        )
    ],
    "orland-census": [
        (0, "PS", "The Orland region now has about 1.4 million inhabitants, according to the latest census.")
    ],
    "diesel-subsidy-tractor-protest": [
        (
            0,
            "PS",
            "Agriculture Minister Nils Haugen met farmers' union leaders on the afternoon of the tractor protest.",
        )
    ],
    "maro-cholera": [
        (0, "PS", "Water purification tablets are being handed out in Maro district to fight the cholera outbreak."),
        (1, "RN", "Laboratory tests have confirmed cholera in 31 of the suspected cases in Maro district."),
        (1, "PS", "Schools in Maro district will reopen on Monday after being closed for a week."),
    ],
    "hollander-kessington-deal": [
        (1, "RN", "Hollander Bank agreed to buy Kessington Savings for 2.6 billion euros in cash."),
        (
            1,
            "PS",
            "Kessington Savings chief executive Lotte Brand will step down when the Hollander takeover is completed.",
        ),
        (1, "RN", "Kessington's staff union said it had been told up to 900 jobs were at risk."),
        (
            1,
            "NUM",
            "Lotte Brand will receive a severance payment of 2.1 million euros when she leaves Kessington Savings.",
        ),
    ],
}


def apply():
    by_topic = {s["topic"]: s for s in STORIES["val"]}
    for t, prefixes in DROP.items():
        st = by_topic[t]
        for pre in prefixes:
            hits = [x for x in st["pairs"] if x[2].startswith(pre)]
            assert len(hits) == 1 and PAT[hits[0][1]][1] == "contradicts", (t, pre)
            st["pairs"].remove(hits[0])
    for t, text in NEW_PASSAGES.items():
        by_topic[t]["passages"].append(text)
    for t, items in ADD.items():
        by_topic[t]["pairs"].extend(items)
