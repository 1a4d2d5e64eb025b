"""Shopify's requested query cost, computed the way its rate-limit docs describe.

Scalars and enums cost 0, an object 1, a connection 2 plus ``first`` (or ``last``) times the cost
of one node, a sized list ``first`` times its item, and every mutation field 10.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    get_named_type,
    is_leaf_type,
    parse,
    value_from_ast_untyped,
)

MUTATION_COST = 10


def requested_cost(
    schema: GraphQLSchema, document: str, variables: dict[str, Any] | None = None
) -> int:
    ast = parse(document)
    fragments = {d.name.value: d for d in ast.definitions if isinstance(d, FragmentDefinitionNode)}
    total = 0
    for op in ast.definitions:
        if not isinstance(op, OperationDefinitionNode):
            continue
        if op.operation.value == "mutation":
            total += MUTATION_COST * len(op.selection_set.selections)
            continue
        root = schema.query_type
        assert root is not None
        total += _selection_cost(op.selection_set, root, fragments, variables or {})
    return total


def _fields(
    selection_set: SelectionSetNode | None, fragments: dict[str, FragmentDefinitionNode]
) -> list[FieldNode]:
    out: list[FieldNode] = []
    for sel in selection_set.selections if selection_set else ():
        if isinstance(sel, FieldNode):
            out.append(sel)
        elif isinstance(sel, FragmentSpreadNode):
            out += _fields(fragments[sel.name.value].selection_set, fragments)
        elif isinstance(sel, InlineFragmentNode):
            out += _fields(sel.selection_set, fragments)
    return out


def _size(field: FieldNode, variables: dict[str, Any]) -> int | None:
    for arg in field.arguments or ():
        if arg.name.value in ("first", "last"):
            return int(value_from_ast_untyped(arg.value, variables) or 0)
    return None


def _selection_cost(
    selection_set: SelectionSetNode | None,
    parent: GraphQLObjectType | GraphQLInterfaceType,
    fragments: dict[str, FragmentDefinitionNode],
    variables: dict[str, Any],
) -> int:
    total = 0
    for field in _fields(selection_set, fragments):
        name = field.name.value
        if name.startswith("__"):
            continue
        field_type = get_named_type(parent.fields[name].type)
        if is_leaf_type(field_type):
            continue
        assert isinstance(field_type, GraphQLObjectType | GraphQLInterfaceType)
        size = _size(field, variables)
        if field_type.name.endswith("Connection"):
            total += 2 + (size or 0) * _node_cost(field, field_type, fragments, variables)
        elif size is not None:
            total += size * (
                1 + _selection_cost(field.selection_set, field_type, fragments, variables)
            )
        else:
            total += 1 + _selection_cost(field.selection_set, field_type, fragments, variables)
    return total


def _node_cost(
    field: FieldNode,
    connection: GraphQLObjectType | GraphQLInterfaceType,
    fragments: dict[str, FragmentDefinitionNode],
    variables: dict[str, Any],
) -> int:
    """Cost of one node of a connection, whether selected through ``nodes`` or ``edges.node``."""
    cost = 1
    for sub in _fields(field.selection_set, fragments):
        if sub.name.value == "nodes":
            node_type = get_named_type(connection.fields["nodes"].type)
            assert isinstance(node_type, GraphQLObjectType | GraphQLInterfaceType)
            cost = max(
                cost, 1 + _selection_cost(sub.selection_set, node_type, fragments, variables)
            )
        elif sub.name.value == "edges":
            edge_type = get_named_type(connection.fields["edges"].type)
            assert isinstance(edge_type, GraphQLObjectType)
            node_type = get_named_type(edge_type.fields["node"].type)
            assert isinstance(node_type, GraphQLObjectType | GraphQLInterfaceType)
            for node in _fields(sub.selection_set, fragments):
                if node.name.value == "node":
                    cost = max(
                        cost,
                        1 + _selection_cost(node.selection_set, node_type, fragments, variables),
                    )
    return cost
