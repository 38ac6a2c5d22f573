"""Interactive prompt against the hosted Falconet API."""
import os

import requests

API = "https://api.falconet.example/v1/complete"


def main():
    key = os.environ["FALCONET_API_KEY"]
    while True:
        prompt = input("> ")
        reply = requests.post(API, json={"prompt": prompt}, headers={"Authorization": f"Bearer {key}"}, timeout=60)
        print(reply.json()["completion"])


if __name__ == "__main__":
    main()
