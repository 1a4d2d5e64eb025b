"""Every GraphQL document we send is valid against the pinned version's schema and under the cost
limit."""

from __future__ import annotations

import pytest
from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLEnumType,
    OperationDefinitionNode,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    get_named_type,
    parse,
    visit,
)

from adapters.shopify.documents import BULK_QUERY_NAMES, DOCUMENT_NAMES, load_document
from adapters.shopify.store import WEBHOOK_TOPICS
from tests.fakes.shopify.graphql_api import admin_schema, deprecated_uses, document_errors
from tests.fakes.shopify.query_cost import requested_cost


@pytest.mark.parametrize("name", DOCUMENT_NAMES)
def test_document_validates_against_the_admin_schema(name: str) -> None:
    assert document_errors(load_document(name).text) == []


@pytest.mark.parametrize("name", DOCUMENT_NAMES)
def test_document_uses_nothing_deprecated(name: str) -> None:
    assert deprecated_uses(load_document(name).text) == []


def test_the_webhook_topics_we_subscribe_exist_and_are_not_deprecated() -> None:
    topics = admin_schema().get_type("WebhookSubscriptionTopic")
    assert isinstance(topics, GraphQLEnumType)
    for topic in WEBHOOK_TOPICS:
        assert topic in topics.values, topic
        assert not topics.values[topic].deprecation_reason, topic


@pytest.mark.parametrize("name", [n for n in DOCUMENT_NAMES if n not in BULK_QUERY_NAMES])
def test_document_stays_under_shopifys_single_query_limit(name: str) -> None:
    assert requested_cost(admin_schema(), load_document(name).text, {}) < 1000


def test_each_document_holds_exactly_one_operation() -> None:
    for name in DOCUMENT_NAMES:
        ops = [
            d
            for d in parse(load_document(name).text).definitions
            if isinstance(d, OperationDefinitionNode)
        ]
        assert len(ops) == 1, name


def test_mutations_select_user_errors() -> None:
    for name in DOCUMENT_NAMES:
        document = load_document(name)
        if document.is_mutation:
            assert "userErrors" in document.text, name


def test_a_field_outside_the_schema_fails_validation() -> None:
    """The schema check has teeth: the REST name body_html is not a GraphQL field."""
    errors = document_errors('query { product(id: "gid://shopify/Product/1") { body_html } }')
    assert len(errors) == 1
    assert errors[0]["message"].startswith("Cannot query field 'body_html' on type 'Product'.")


def test_deprecated_arguments_and_input_fields_are_found() -> None:
    """Valid against 2026-10 (its schema keeps deprecated arguments), but flagged: the old
    productUpdate(input:) and the webhook callbackUrl that uri replaced."""
    old_update = "mutation($i: ProductInput!) { productUpdate(input: $i) { product { id } } }"
    assert document_errors(old_update) == []
    assert deprecated_uses(old_update) == ["Mutation.productUpdate(input:): Use `product` instead."]
    assert deprecated_uses(
        """mutation { webhookSubscriptionCreate(topic: PRODUCTS_UPDATE,
             webhookSubscription: { callbackUrl: "https://copydesk.test/", format: JSON }) {
           userErrors { message } } }"""
    ) == ["WebhookSubscriptionInput.callbackUrl: Use `uri` instead."]


def test_deprecated_fields_and_enum_values_are_found() -> None:
    found = deprecated_uses(
        """query {
          product(id: "gid://shopify/Product/1") { bodyHtml }
          themes(first: 1, roles: [MOBILE]) { nodes { id } }
        }"""
    )
    assert [f.partition(": ")[0] for f in found] == ["Product.bodyHtml", "ThemeRole.MOBILE"]
    assert found[0] == "Product.bodyHtml: Use `descriptionHtml` instead."


def test_a_too_wide_page_is_over_the_limit() -> None:
    wide = """query { products(first: 50) { nodes { id variants(first: 100) {
        nodes { id selectedOptions { name value } } } } } }"""
    assert requested_cost(admin_schema(), wide) > 1000


def connection_paths(text: str) -> list[tuple[str, ...]]:
    """Every connection field of a document, as the path of connection fields down to it."""
    info = TypeInfo(admin_schema())
    found: list[tuple[str, ...]] = []
    stack: list[tuple[str, bool]] = []

    class Connections(Visitor):
        def enter_field(self, node: FieldNode, *_: object) -> None:
            kind = get_named_type(info.get_type())
            is_connection = kind is not None and kind.name.endswith("Connection")
            if is_connection:
                found.append((*[n for n, c in stack if c], node.name.value))
            stack.append((node.name.value, is_connection))

        def leave_field(self, *_: object) -> None:
            stack.pop()

    visit(parse(text), TypeInfoVisitor(info, Connections()))
    return found


@pytest.mark.parametrize("name", BULK_QUERY_NAMES)
def test_bulk_query_keeps_within_shopifys_bulk_operation_limits(name: str) -> None:
    """Shopify refuses a bulk query without a connection, with more than five, with
    connections nested more than two deep, or with node/nodes at the top."""
    text = load_document(name).text
    paths = connection_paths(text)
    assert 1 <= len(paths) <= 5
    assert max(len(p) for p in paths) <= 2
    (operation,) = [d for d in parse(text).definitions if isinstance(d, OperationDefinitionNode)]
    top = {s.name.value for s in operation.selection_set.selections if isinstance(s, FieldNode)}
    assert not top & {"node", "nodes"}
    assert paths == [("products",), ("products", "variants")]


def spreads(text: str) -> set[str]:
    names: set[str] = set()

    class Spreads(Visitor):
        def enter_fragment_spread(self, node: FragmentSpreadNode, *_: object) -> None:
            names.add(node.name.value)

    visit(parse(text), Spreads())
    return names


def test_the_bulk_export_reads_what_the_products_page_reads() -> None:
    """Same fragments for product and variant: a listing is the same whichever path read it."""
    assert spreads(load_document("products_bulk").text) == spreads(
        load_document("products_page").text
    )
    assert "groupObjects: false" in load_document("bulk_operation_run").text
