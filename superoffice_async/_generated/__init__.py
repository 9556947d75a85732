"""A client library for accessing SuperOffice WebAPI - User"""
