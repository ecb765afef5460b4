"""The weekly arm and leg function check (inspired by the ONLS) and its reminder on Today."""
