"""Customer questions: intake, retrieval of the facts that answer them, grounded replies, delivery.

``intake`` cleans what a shopper sent; ``passages`` and ``retrieval`` find the facts (listing, its
FAQ, the shop's policies) ranked by a sentence-embedding model; ``screening`` and ``decision`` say
whether the facts answer the question; ``answering`` has the engine word the reply and checks it.
"""
