"""WooCommerce: the wc-auth key flow, signed webhooks and the REST API v3.

``plugin.bootstrap`` wires it into the app: the store factory, the webhook processor, the job
handlers (webhook registration and the scheduled webhook health check with its reconcile) and the
``/woocommerce`` and ``/webhooks/woocommerce`` routes.
"""
