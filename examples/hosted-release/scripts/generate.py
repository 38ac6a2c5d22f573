"""Generates text from a prompt with a released checkpoint."""
import sys
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("acme-lab/kestrel-1b")
model = AutoModelForCausalLM.from_pretrained("acme-lab/kestrel-1b")
inputs = tokenizer(sys.argv[1], return_tensors="pt")
print(tokenizer.decode(model.generate(**inputs, max_new_tokens=64)[0]))
