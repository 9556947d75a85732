# The sandbox fixtures: superoffice_sandbox (a server on 127.0.0.1) and superoffice_client.
pytest_plugins = ["superoffice_async.testing.pytest_plugin"]
