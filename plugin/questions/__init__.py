"""Customer questions, the pure part: what a reply says and whether one can be given.

``intake`` cleans what a shopper sent; ``personal_data`` cuts their details out; ``language``
tells the language to answer in; ``screening`` and ``intents`` hand attempts to the merchant;
``slots`` answers from the listing's structure; ``passages`` and ``retrieval`` rank the free-text
facts by a sentence-embedding model and ``decision`` and ``answerability`` say whether they answer
it; ``answering`` composes the reply, with the engine's wording passed in and checked by
``grounding``. Nothing here touches the database, the job queue or the network: the use cases
(the reply draft, delivery, FAQ, customer data) are in ``plugin.services``.
"""
